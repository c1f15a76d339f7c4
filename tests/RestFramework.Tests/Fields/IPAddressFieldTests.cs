// Ports DRF 3.14's IPAddressField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class IPAddressFieldTests
{
    [Theory]
    [InlineData("both", "\"1.2.3.4\"", "OK \"1.2.3.4\"")]
    [InlineData("both", "\"::1\"", "OK \"::1\"")]
    [InlineData("both", "\"2001:0db8:0000:0000:0000:0000:0000:0001\"", "OK \"2001:db8::1\"")]
    [InlineData("both", "\"1.2.3\"", "ERR [\"Enter a valid IPv4 or IPv6 address.\"]")]
    [InlineData("both", "\"256.1.1.1\"", "ERR [\"Enter a valid IPv4 or IPv6 address.\"]")]
    [InlineData("both", "\"x\"", "ERR [\"Enter a valid IPv4 or IPv6 address.\"]")]
    [InlineData("both", "5", "ERR [\"Enter a valid IPv4 or IPv6 address.\"]")]
    [InlineData("v4", "\"::1\"", "ERR [\"Enter a valid IPv4 address.\"]")]
    [InlineData("v4", "\"10.0.0.1\"", "OK \"10.0.0.1\"")]
    [InlineData("v6", "\"10.0.0.1\"", "ERR [\"Enter a valid IPv6 address.\"]")]
    [InlineData("v6", "\"fe80::1\"", "OK \"fe80::1\"")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "both" => new IPAddressField(),
        "v4" => new IPAddressField { Protocol = "IPv4" },
        "v6" => new IPAddressField { Protocol = "IPv6" },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
