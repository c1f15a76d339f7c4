// Ports DRF 3.14's JsonField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class JsonFieldTests
{
    [Theory]
    [InlineData("plain", "{\"a\": [1, 2]}", "OK {\"a\":[1,2]}")]
    [InlineData("plain", "\"x\"", "OK \"x\"")]
    [InlineData("plain", "null", "ERR [\"This field may not be null.\"]")]
    [InlineData("plain", "1.5", "OK 1.5")]
    [InlineData("plain", "[true]", "OK [true]")]
    [InlineData("binary", "\"{x\"", "ERR [\"Value must be valid JSON.\"]")]
    [InlineData("binary", "5", "ERR [\"Value must be valid JSON.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    // JSON text nests as deep as a JSON body may (952 levels); deeper is invalid, never a server error.
    [Theory]
    [InlineData("binary", 952, "OK")]
    [InlineData("binary", 953, "ERR [\"Value must be valid JSON.\"]")]
    [InlineData("binary", 10000, "ERR [\"Value must be valid JSON.\"]")]
    public void Json_text_nested_too_deep_is_invalid(string variant, int depth, string expected)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(new string('[', depth) + new string(']', depth));
        var outcome = FieldCheck.Run(Create(variant), text);
        Assert.Equal(expected, outcome.StartsWith("OK", StringComparison.Ordinal) ? "OK" : outcome);
    }

    private static Field Create(string variant) => variant switch
    {
        "plain" => new JsonField(),
        "binary" => new JsonField { Binary = true },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
