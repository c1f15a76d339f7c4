// Ports DRF 3.14's DateTimeField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class DateTimeFieldTests
{
    [Theory]
    [InlineData("plain", "\"2020-01-02T03:04:05Z\"", "OK \"2020-01-02T03:04:05Z\"")]
    [InlineData("plain", "\"2020-01-02 03:04\"", "OK \"2020-01-02T03:04:00Z\"")]
    [InlineData("plain", "\"2020-01-02T03:04:05.123456+01:00\"", "OK \"2020-01-02T02:04:05.123456Z\"")]
    [InlineData("plain", "\"2020-01-02T03:04:05.1234567\"", "OK \"2020-01-02T03:04:05.123456Z\"")]
    [InlineData("plain", "\"2020-01-02\"", "ERR [\"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]")]
    [InlineData("plain", "\"2020-13-02T03:04\"", "ERR [\"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]")]
    [InlineData("plain", "5", "ERR [\"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]")]
    [InlineData("plain", "\"2020-1-2T3:4:5-0530\"", "OK \"2020-01-02T08:34:05Z\"")]
    [InlineData("plain", "\"2020-01-02T03:04:05,5Z\"", "OK \"2020-01-02T03:04:05.500000Z\"")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    // Out of range: years 0 and 99999 are malformed; a valid local time whose UTC instant leaves years 1-9999 is DRF's
    // "overflow"; an offset beyond 14 hours is malformed here; never a server error.
    [Theory]
    [InlineData("plain", "\"0000-01-01T00:00:00Z\"", "ERR [\"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]")]
    [InlineData("plain", "\"99999-01-01T00:00:00Z\"", "ERR [\"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]")]
    [InlineData("plain", "\"9999-12-31T23:59:59-01:00\"", "ERR [\"Datetime value out of range.\"]")]
    [InlineData("plain", "\"0001-01-01T00:00:00+01:00\"", "ERR [\"Datetime value out of range.\"]")]
    [InlineData("plain", "\"9999-12-31T23:59:59+01:00\"", "OK \"9999-12-31T22:59:59Z\"")]
    [InlineData("plain", "\"2020-01-01T00:00:00+99:99\"", "ERR [\"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]")]
    [InlineData("plain", "\"2020-13-45T99:99:99Z\"", "ERR [\"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]")]
    public void Datetimes_out_of_range_are_field_errors(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new DateTimeField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
