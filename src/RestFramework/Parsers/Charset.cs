// Provides the decoding of request bodies by their charset parameter, with Python's codec names and BOM rules.
using System.Text;

namespace RestFramework.Parsers;

/// <summary>A body charset as Python's <c>codecs</c> resolves it (Django keeps an unknown charset out, so UTF-8 applies).</summary>
internal sealed class Charset
{
    private readonly Encoding _strict;
    private readonly Encoding _lenient;
    private readonly bool _sniffsByteOrder;

    static Charset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private Charset(Encoding encoding, bool sniffsByteOrder = false)
    {
        _strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        _lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, Replacement);
        _sniffsByteOrder = sniffsByteOrder;
        IsUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
    }

    /// <summary>Python's <c>errors='replace'</c>: U+FFFD for each invalid sequence.</summary>
    private static readonly DecoderFallback Replacement = new DecoderReplacementFallback("\uFFFD");

    /// <summary>UTF-8, Django's <c>DEFAULT_CHARSET</c>.</summary>
    public static Charset Utf8 { get; } = new(Encoding.UTF8);

    private static readonly Dictionary<string, Charset> Known = BuildKnown();

    /// <summary>Whether bytes are UTF-8 already (no transcoding needed).</summary>
    public bool IsUtf8 { get; }

    /// <summary>The encoding, with replacement characters for invalid input.</summary>
    public Encoding Lenient => _lenient;

    /// <summary>The charset named <paramref name="name"/>: Python's normalised codec name and aliases, UTF-8 when unknown.</summary>
    public static Charset Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Utf8;
        }
        var normalized = Normalize(name);
        if (Known.TryGetValue(normalized, out var known))
        {
            return known;
        }
        try
        {
            // Python's cp1252, windows_1252, iso8859_15, ... are .NET's code pages.
            var codePage = normalized.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(normalized.AsSpan(2), out var number) ? number
                : normalized.StartsWith("windows_", StringComparison.Ordinal) && int.TryParse(normalized.AsSpan(8), out number) ? number
                : Encoding.GetEncoding(name).CodePage;
            return new Charset(Encoding.GetEncoding(codePage));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return Utf8;
        }
    }

    /// <summary>Decodes strictly (Python's <c>errors='strict'</c>); throws <see cref="DecoderFallbackException"/> on invalid input.</summary>
    public string DecodeStrict(ReadOnlySpan<byte> bytes) => Decode(bytes, _strict);

    /// <summary>Decodes with U+FFFD for invalid input (Python's <c>errors='replace'</c>).</summary>
    public string DecodeLenient(ReadOnlySpan<byte> bytes) => Decode(bytes, _lenient);

    private string Decode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (!_sniffsByteOrder)
        {
            return encoding.GetString(bytes);
        }
        // Python's utf-16 and utf-32 codecs read a byte-order mark and drop it; without one they use little-endian.
        var width = encoding is UTF32Encoding ? 4 : 2;
        var bigEndian = width == 2 ? bytes is [0xFE, 0xFF, ..] : bytes is [0, 0, 0xFE, 0xFF, ..];
        var littleEndian = width == 2 ? bytes is [0xFF, 0xFE, ..] : bytes is [0xFF, 0xFE, 0, 0, ..];
        var body = bigEndian || littleEndian ? bytes[width..] : bytes;
        var fallback = ReferenceEquals(encoding, _strict) ? DecoderFallback.ExceptionFallback : Replacement;
        Encoding actual = width == 2 ? new UnicodeEncoding(bigEndian, false, false) : new UTF32Encoding(bigEndian, false, false);
        actual = Encoding.GetEncoding(actual.CodePage, EncoderFallback.ExceptionFallback, fallback);
        return actual.GetString(body);
    }

    /// <summary>Python's <c>encodings.normalize_encoding</c> after <c>codecs.lookup</c>'s lower-casing.</summary>
    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var punctuation = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punctuation && builder.Length > 0)
                {
                    builder.Append('_');
                }
                builder.Append(c);
                punctuation = false;
            }
            else
            {
                punctuation = true;
            }
        }
        return builder.ToString();
    }

    private static Dictionary<string, Charset> BuildKnown()
    {
        var known = new Dictionary<string, Charset>(StringComparer.Ordinal);
        void Add(Charset charset, params string[] names)
        {
            foreach (var name in names)
            {
                known[name] = charset;
            }
        }
        Add(Utf8, "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
        Add(new Charset(Encoding.Latin1), "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
            "iso_ir_100", "iso_8859_1_1987", "csisolatin1", "ibm819");
        Add(new Charset(Encoding.ASCII), "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
            "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6");
        Add(new Charset(Encoding.Unicode, sniffsByteOrder: true), "utf_16", "utf16", "u16");
        Add(new Charset(Encoding.Unicode), "utf_16_le", "utf_16le", "unicodelittleunmarked");
        Add(new Charset(Encoding.BigEndianUnicode), "utf_16_be", "utf_16be", "unicodebigunmarked");
        Add(new Charset(Encoding.UTF32, sniffsByteOrder: true), "utf_32", "utf32", "u32");
        Add(new Charset(Encoding.UTF32), "utf_32_le", "utf_32le");
        Add(new Charset(new UTF32Encoding(true, false)), "utf_32_be", "utf_32be");
        return known;
    }
}
