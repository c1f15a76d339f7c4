// Ports DRF 3.14's UuidField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class UuidFieldTests
{
    [Theory]
    [InlineData("plain", "\"12345678-1234-5678-1234-567812345678\"", "OK \"12345678-1234-5678-1234-567812345678\"")]
    [InlineData("plain", "\"12345678123456781234567812345678\"", "OK \"12345678-1234-5678-1234-567812345678\"")]
    [InlineData("plain", "5", "OK \"00000000-0000-0000-0000-000000000005\"")]
    [InlineData("plain", "\"xyz\"", "ERR [\"Must be a valid UUID.\"]")]
    [InlineData("plain", "\"{12345678-1234-5678-1234-567812345678}\"", "OK \"12345678-1234-5678-1234-567812345678\"")]
    [InlineData("plain", "true", "OK \"00000000-0000-0000-0000-000000000001\"")]
    [InlineData("plain", "\"urn:uuid:12345678-1234-5678-1234-567812345678\"", "OK \"12345678-1234-5678-1234-567812345678\"")]
    [InlineData("hex", "5", "OK \"00000000000000000000000000000005\"")]
    [InlineData("urn", "5", "OK \"urn:uuid:00000000-0000-0000-0000-000000000005\"")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    // Integers beyond 128 bits or negative, and long text: not a UUID, never a server error.
    [Theory]
    [InlineData("plain", "340282366920938463463374607431768211456", "ERR [\"Must be a valid UUID.\"]")]
    [InlineData("plain", "-1", "ERR [\"Must be a valid UUID.\"]")]
    [InlineData("plain", "340282366920938463463374607431768211455", "OK \"ffffffff-ffff-ffff-ffff-ffffffffffff\"")]
    [InlineData("plain", "1e400", "ERR [\"Must be a valid UUID.\"]")]
    public void Numbers_that_are_no_uuid_are_field_errors(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new UuidField(),
        "hex" => new UuidField { UuidFormat = "hex" },
        "urn" => new UuidField { UuidFormat = "urn" },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
