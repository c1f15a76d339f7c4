// Ports DRF 3.14's BooleanField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class BooleanFieldTests
{
    [Theory]
    [InlineData("plain", "\"yes\"", "OK true")]
    [InlineData("plain", "\"Y\"", "OK true")]
    [InlineData("plain", "\"on\"", "OK true")]
    [InlineData("plain", "\"1\"", "OK true")]
    [InlineData("plain", "1", "OK true")]
    [InlineData("plain", "0", "OK false")]
    [InlineData("plain", "0.0", "OK false")]
    [InlineData("plain", "1.0", "OK true")]
    [InlineData("plain", "true", "OK true")]
    [InlineData("plain", "false", "OK false")]
    [InlineData("plain", "\"false\"", "OK false")]
    [InlineData("plain", "\"OFF\"", "OK false")]
    [InlineData("plain", "\"n\"", "OK false")]
    [InlineData("plain", "\"0\"", "OK false")]
    [InlineData("plain", "2", "ERR [\"Must be a valid boolean.\"]")]
    [InlineData("plain", "\"maybe\"", "ERR [\"Must be a valid boolean.\"]")]
    [InlineData("plain", "\"\"", "ERR [\"Must be a valid boolean.\"]")]
    [InlineData("plain", "null", "ERR [\"This field may not be null.\"]")]
    [InlineData("plain", "\"null\"", "ERR [\"Must be a valid boolean.\"]")]
    [InlineData("plain", "[1]", "ERR [\"Must be a valid boolean.\"]")]
    [InlineData("nullable", "\"null\"", "OK null")]
    [InlineData("nullable", "\"\"", "OK null")]
    [InlineData("nullable", "null", "OK null")]
    [InlineData("nullable", "\"NULL\"", "OK null")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new BooleanField(),
        "nullable" => new BooleanField { AllowNull = true },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
