// Provides the escaping HTML builder every value of the browsable API goes through.
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace RestFramework.BrowsableApi;

/// <summary>Builds HTML text: <see cref="Text"/> and <see cref="Attr"/> escape with <see cref="HtmlEncoder"/>, <see cref="Raw"/> writes markup.</summary>
internal sealed class HtmlWriter
{
    // Every script and language stays readable; markup characters (< > & " ' and more) are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder = new(8192);

    public HtmlWriter Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _builder.Append(Encoder.Encode(value));
        }
        return this;
    }

    public HtmlWriter Attr(string name, string? value)
    {
        _builder.Append(' ').Append(name).Append("=\"");
        Text(value);
        _builder.Append('"');
        return this;
    }

    public override string ToString() => _builder.ToString();
}
