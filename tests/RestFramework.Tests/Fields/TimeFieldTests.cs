// Ports DRF 3.14's TimeField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class TimeFieldTests
{
    [Theory]
    [InlineData("plain", "\"03:04\"", "OK \"03:04:00\"")]
    [InlineData("plain", "\"03:04:05.000006\"", "OK \"03:04:05.000006\"")]
    [InlineData("plain", "\"3:4:5\"", "OK \"03:04:05\"")]
    [InlineData("plain", "\"25:00\"", "ERR [\"Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].\"]")]
    [InlineData("plain", "\"03:04:05+01:00\"", "OK \"03:04:05\"")]
    [InlineData("plain", "\"x\"", "ERR [\"Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].\"]")]
    [InlineData("plain", "5", "ERR [\"Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new TimeField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
