// Provides the JSON renderer: compact UTF-8, application/json without a charset, optional indent from the Accept header.
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace RestFramework.Renderers;

/// <summary>Renders JSON as DRF's <c>JSONRenderer</c>: compact, unescaped UTF-8; <c>Accept: application/json; indent=4</c> indents.</summary>
public sealed class JsonRenderer : IRenderer
{
    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string? Charset => null;

    /// <inheritdoc />
    public void Render(object? data, RendererContext context, IBufferWriter<byte> output)
    {
        if (data is null)
        {
            return;
        }
        var options = context.Request?.Options;
        var dataWriter = JsonDataWriter.For(options);
        var indent = GetIndent(context.AcceptedMediaType);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Encoder = dataWriter.Encoder,
            Indented = indent > 0,
            IndentSize = Math.Max(indent, 1),
            SkipValidation = true,
        });
        dataWriter.Write(writer, data);
    }

    private static int GetIndent(string acceptedMediaType)
    {
        if (!acceptedMediaType.Contains("indent", StringComparison.Ordinal))
        {
            return 0;
        }
        var parameters = Negotiation.MediaType.Parse(acceptedMediaType).Parameters;
        if (parameters.TryGetValue("indent", out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var indent))
        {
            return Math.Clamp(indent, 0, 8);
        }
        return 0;
    }
}
