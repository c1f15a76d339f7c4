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
    [InlineData("plain", "\"a@ex\u00e4mple.com\"", "OK \"a@ex\u00e4mple.com\"")]
    [InlineData("plain", "\"a@[127.0.0.1]\"", "OK \"a@[127.0.0.1]\"")]
    [InlineData("plain", "\"a@[1.2.3]\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"a@[::1]\"", "OK \"a@[::1]\"")]
    [InlineData("plain", "\"a@[A:b::c]\"", "OK \"a@[A:b::c]\"")]
    [InlineData("plain", "\"a@b.c\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"\\\"q u\\\"@x.com\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"a@-b.com\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"a@b-.com\"", "ERR [\"Enter a valid email address.\"]")]
    [InlineData("plain", "\"a.@b.com\"", "ERR [\"Enter a valid email address.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new EmailField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    [Theory]
    [InlineData(63, "OK")]
    [InlineData(64, "ERR")]
    public void Domain_labels_are_at_most_63_characters(int length, string outcome) =>
        Assert.StartsWith(outcome, FieldCheck.Run(new EmailField(), "\"a@" + new string('b', length) + ".com\""), StringComparison.Ordinal);

    [Theory]
    [InlineData(308, "OK")]
    [InlineData(309, "ERR")]
    public void Addresses_are_at_most_320_characters(int userLength, string outcome) =>
        Assert.StartsWith(outcome, FieldCheck.Run(new EmailField(), "\"" + new string('x', userLength) + "@example.com\""), StringComparison.Ordinal);
}
