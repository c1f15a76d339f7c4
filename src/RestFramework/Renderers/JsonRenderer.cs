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
        if (indent == 0)
        {
            var writer = CompactWriter(dataWriter, output);
            try
            {
                dataWriter.Write(writer, data);
                writer.Flush();
            }
            finally
            {
                writer.Reset(Stream.Null);
            }
            return;
        }
        using var indented = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Encoder = dataWriter.Encoder,
            Indented = true,
            IndentSize = indent,
            SkipValidation = true,
        });
        dataWriter.Write(indented, data);
    }

    [ThreadStatic]
    private static Utf8JsonWriter? _compactWriter;

    [ThreadStatic]
    private static JsonDataWriter? _compactWriterOwner;

    // One compact writer per thread, reset onto each output: rendering allocates no writer per response.
    private static Utf8JsonWriter CompactWriter(JsonDataWriter dataWriter, IBufferWriter<byte> output)
    {
        if (_compactWriter is null || !ReferenceEquals(_compactWriterOwner, dataWriter))
        {
            _compactWriter = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = dataWriter.Encoder, SkipValidation = true });
            _compactWriterOwner = dataWriter;
            return _compactWriter;
        }
        _compactWriter.Reset(output);
        return _compactWriter;
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
