// Ports DRF 3.14's DateField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class DateFieldTests
{
    [Theory]
    [InlineData("plain", "\"2020-01-02\"", "OK \"2020-01-02\"")]
    [InlineData("plain", "\"2020-1-2\"", "OK \"2020-01-02\"")]
    [InlineData("plain", "\"2020-01-02T00:00\"", "ERR [\"Date has wrong format. Use one of these formats instead: YYYY-MM-DD.\"]")]
    [InlineData("plain", "\"2020-02-30\"", "ERR [\"Date has wrong format. Use one of these formats instead: YYYY-MM-DD.\"]")]
    [InlineData("plain", "3", "ERR [\"Date has wrong format. Use one of these formats instead: YYYY-MM-DD.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    // Years 0 and 99999, day 0, month 13: malformed, never a server error.
    [Theory]
    [InlineData("plain", "\"0000-01-01\"")]
    [InlineData("plain", "\"99999-01-01\"")]
    [InlineData("plain", "\"2020-00-10\"")]
    [InlineData("plain", "\"2020-13-01\"")]
    [InlineData("plain", "\"2021-02-29\"")]
    [InlineData("plain", "99999999999999999999999")]
    public void Dates_out_of_range_are_field_errors(string variant, string input) =>
        Assert.Equal("ERR [\"Date has wrong format. Use one of these formats instead: YYYY-MM-DD.\"]", FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new DateField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
