// Ports DRF 3.14's DurationField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class DurationFieldTests
{
    [Theory]
    [InlineData("plain", "\"1 02:03:04\"", "OK \"1 02:03:04\"")]
    [InlineData("plain", "\"3600\"", "OK \"01:00:00\"")]
    [InlineData("plain", "3600", "OK \"01:00:00\"")]
    [InlineData("plain", "\"P1DT2H\"", "OK \"1 02:00:00\"")]
    [InlineData("plain", "\"-1\"", "OK \"-1 23:59:59\"")]
    [InlineData("plain", "\"1.5\"", "OK \"00:00:01.500000\"")]
    [InlineData("plain", "\"abc\"", "ERR [\"Duration has wrong format. Use one of these formats instead: [DD] [HH:[MM:]]ss[.uuuuuu].\"]")]
    [InlineData("plain", "\"-P1D\"", "OK \"-1 00:00:00\"")]
    [InlineData("plain", "\"00:01:00.1\"", "OK \"00:01:00.100000\"")]
    [InlineData("plain", "true", "ERR [\"Duration has wrong format. Use one of these formats instead: [DD] [HH:[MM:]]ss[.uuuuuu].\"]")]
    [InlineData("plain", "\"1 day, 10:11:12\"", "OK \"1 10:11:12\"")]
    [InlineData("plain", "\"2 days 03:04:05\"", "OK \"2 03:04:05\"")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    // Beyond TimeSpan (about 10.7 million days): DRF 3.15's "overflow" message with TimeSpan's limits; never a server error.
    [Theory]
    [InlineData("plain", "\"10675199 00:00:00\"", "OK \"10675199 00:00:00\"")]
    [InlineData("plain", "\"10675200 00:00:00\"", "ERR [\"The number of days must be between -10675199 and 10675199.\"]")]
    [InlineData("plain", "\"-10675200 00:00:00\"", "ERR [\"The number of days must be between -10675199 and 10675199.\"]")]
    [InlineData("plain", "\"999999999 00:00:00\"", "ERR [\"The number of days must be between -10675199 and 10675199.\"]")]
    [InlineData("plain", "\"P99999999999999999999D\"", "ERR [\"The number of days must be between -10675199 and 10675199.\"]")]
    [InlineData("plain", "\"99999999999999999999\"", "ERR [\"The number of days must be between -10675199 and 10675199.\"]")]
    [InlineData("plain", "BIG", "ERR [\"The number of days must be between -10675199 and 10675199.\"]")]
    [InlineData("plain", "1e400", "ERR [\"Duration has wrong format. Use one of these formats instead: [DD] [HH:[MM:]]ss[.uuuuuu].\"]")]
    public void Durations_beyond_timespan_are_field_errors(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input.Replace("BIG", new string('9', 401), StringComparison.Ordinal)));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new DurationField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
