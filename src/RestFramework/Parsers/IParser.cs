// Provides pluggable request body parsers.
namespace RestFramework.Parsers;

/// <summary>A parser for one media type; the negotiator picks the first whose media type matches the request's <c>Content-Type</c>.</summary>
public interface IParser
{
    /// <summary>The media type it reads, such as <c>application/json</c>.</summary>
    string MediaType { get; }

    /// <summary>Parses the whole body; throws <c>ParseError</c> for malformed input.</summary>
    ParsedBody Parse(ReadOnlyMemory<byte> body, ParserContext context);
}
