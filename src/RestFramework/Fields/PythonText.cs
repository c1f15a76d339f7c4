// Provides Python's str.lower() and str.strip(): full lower-case mapping (U+0130 becomes "i\u0307") and the final-sigma rule.
using System.Globalization;
using System.Text;

namespace RestFramework.Fields;

/// <summary>Python's <c>str.lower()</c> and <c>str.strip()</c>, for code that ports Python text handling (scoring, e-mail normalisation).</summary>
/// <remarks>
/// .NET's <see cref="string.ToLowerInvariant()"/> applies the simple mapping of each character. Python applies the full mapping
/// (U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE becomes two characters) and lower-cases U+03A3 GREEK CAPITAL LETTER SIGMA
/// to the final form U+03C2 at the end of a word (a cased letter before it, no cased letter after it, case-ignorable ones skipped).
/// </remarks>
public static class PythonText
{
    private const int CapitalSigma = 0x3A3;

    private const int CapitalIWithDot = 0x130;

    // Cased letters that are not Lu, Ll or Lt: Unicode's Other_Lowercase and Other_Uppercase (Python 3.11, Unicode 14).
    private static readonly (int First, int Last)[] OtherCased =
    [
        (0xAA, 0xAA), (0xBA, 0xBA), (0x2B0, 0x2B8), (0x2C0, 0x2C1), (0x2E0, 0x2E4), (0x345, 0x345), (0x37A, 0x37A),
        (0x1D2C, 0x1D6A), (0x1D78, 0x1D78), (0x1D9B, 0x1DBF), (0x2071, 0x2071), (0x207F, 0x207F), (0x2090, 0x209C),
        (0x2160, 0x217F), (0x24B6, 0x24E9), (0x2C7C, 0x2C7D), (0xA69C, 0xA69D), (0xA770, 0xA770), (0xA7F8, 0xA7F9),
        (0xAB5C, 0xAB5F), (0x10780, 0x10780), (0x10783, 0x10785), (0x10787, 0x107B0), (0x107B2, 0x107BA),
        (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189),
    ];

    /// <summary>The lower-case form of <paramref name="text"/> as Python's <c>str.lower()</c> computes it.</summary>
    public static string Lower(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }
        var runes = new List<Rune>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add(rune);
        }
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (rune.Value == CapitalIWithDot)
            {
                builder.Append("i\u0307");
            }
            else if (rune.Value == CapitalSigma)
            {
                builder.Append(IsFinalSigma(runes, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }
        return builder.ToString();
    }

    /// <summary>Python's <c>str.strip()</c>: Unicode white space and the separators U+001C..U+001F (not in .NET's <see cref="string.Trim()"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The stripped text; the same instance when there is nothing to strip.</returns>
    public static string Strip(string text)
    {
        var stripped = StripPython(text.AsSpan());
        return stripped.Length == text.Length ? text : stripped.ToString();
    }

    /// <summary><see cref="Strip(string)"/> of a span.</summary>
    internal static ReadOnlySpan<char> StripPython(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsPythonSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsPythonSpace(text[end - 1]))
        {
            end--;
        }
        return text[start..end];
    }

    /// <summary>Python's <c>str.isspace()</c> for one character.</summary>
    internal static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    // \p{cased} \p{case-ignorable}* SIGMA !(\p{case-ignorable}* \p{cased}), as CPython's handle_capital_sigma.
    private static bool IsFinalSigma(List<Rune> runes, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(runes[before]))
        {
            before--;
        }
        if (before < 0 || !IsCased(runes[before]))
        {
            return false;
        }
        var after = index + 1;
        while (after < runes.Count && IsCaseIgnorable(runes[after]))
        {
            after++;
        }
        return after == runes.Count || !IsCased(runes[after]);
    }

    private static bool IsCased(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
        {
            return true;
        }
        foreach (var (first, last) in OtherCased)
        {
            if (rune.Value >= first && rune.Value <= last)
            {
                return true;
            }
        }
        return false;
    }

    // Mn, Me, Cf, Lm, Sk, and the word-break classes MidLetter, MidNumLet and Single_Quote.
    private static bool IsCaseIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || rune.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
