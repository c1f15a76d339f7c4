// Ports DRF 3.14's EmailField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class EmailFieldTests
{
    [Theory]
    [InlineData("plain", "\"a@b.co\"", "OK \"a@b.co\"")]
    [InlineData("plain", "\"a@b\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"x\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"a.b@localhost\"", "OK \"a.b@localhost\"")]
    [InlineData("plain", "\" a@b.co \"", "OK \"a@b.co\"")]
    [InlineData("plain", "\"a@@b.co\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"first.last+tag@sub.example.org\"", "OK \"first.last+tag@sub.example.org\"")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new EmailField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
