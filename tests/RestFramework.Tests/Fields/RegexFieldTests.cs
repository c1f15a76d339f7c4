// Ports DRF 3.14's RegexField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class RegexFieldTests
{
    [Theory]
    [InlineData("plain", "\"abc\"", "OK \"abc\"")]
    [InlineData("plain", "\"ab1\"", "ERR [\"This value does not match the required pattern.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new RegexField("^[a-z]+$"),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
