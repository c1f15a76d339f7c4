// Provides the parsing of DRF rates such as "100/day": a count and a period named by its first letter.
namespace RestFramework.Throttling;

/// <summary>A parsed rate: <see cref="NumRequests"/> requests per <see cref="Duration"/> seconds.</summary>
/// <param name="NumRequests">The requests allowed per window.</param>
/// <param name="Duration">The window, in seconds.</param>
public readonly record struct ThrottleRate(int NumRequests, int Duration)
{
    /// <summary>Parses <c>"N/period"</c>, where only the period's first letter counts (<c>s</c>, <c>m</c>, <c>h</c>, <c>d</c>), as DRF's <c>parse_rate</c>.</summary>
    /// <param name="rate">The rate, such as <c>"5/minute"</c>, <c>"5/min"</c> or <c>"5/m"</c>.</param>
    /// <returns>The parsed rate, or null for a null rate (no throttling).</returns>
    /// <exception cref="FormatException">The rate is not <c>N/period</c> with a known period.</exception>
    public static ThrottleRate? Parse(string? rate)
    {
        if (rate is null)
        {
            return null;
        }
        var slash = rate.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || rate.IndexOf('/', slash + 1) >= 0 ||
            !int.TryParse(rate.AsSpan(0, slash).Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            throw new FormatException($"Invalid throttle rate '{rate}': expected 'N/period', such as '100/day'.");
        }
        var period = slash + 1 < rate.Length ? rate[slash + 1] : '\0';
        var duration = period switch
        {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86400,
            _ => throw new FormatException($"Invalid throttle rate '{rate}': the period must start with s, m, h or d."),
        };
        return new ThrottleRate(count, duration);
    }
}
