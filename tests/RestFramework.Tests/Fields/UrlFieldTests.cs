// Ports DRF 3.14's UrlField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class UrlFieldTests
{
    [Theory]
    [InlineData("plain", "\"http://example.com\"", "OK \"http://example.com\"")]
    [InlineData("plain", "\"https://a.b/c?d=1\"", "ERR [\"Enter a valid URL.\"]")]
    [InlineData("plain", "\"ftp://x.org\"", "OK \"ftp://x.org\"")]
    [InlineData("plain", "\"example.com\"", "ERR [\"Enter a valid URL.\"]")]
    [InlineData("plain", "\"http://localhost:8000/\"", "OK \"http://localhost:8000/\"")]
    [InlineData("plain", "\"http://1.2.3.4/\"", "OK \"http://1.2.3.4/\"")]
    [InlineData("plain", "\"https://example.com/path?q=1#frag\"", "OK \"https://example.com/path?q=1#frag\"")]
    [InlineData("plain", "\"mailto:a@b.co\"", "ERR [\"Enter a valid URL.\"]")]
    [InlineData("plain", "\"http://exa mple.com\"", "ERR [\"Enter a valid URL.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new UrlField(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
