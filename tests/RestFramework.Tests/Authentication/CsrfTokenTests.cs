using RestFramework.Authentication;

namespace RestFramework.Tests.Authentication;

public sealed class CsrfTokenTests
{
    [Theory]
    [InlineData("cn1m7GUo0fpfMNEwbd4RJXHXPt6JVDvcco3pbL0v8ozqY0SLruma3i3kdSwan6ZH", "abcdefghijklmnopqrstuvwxyzABCDEF")]
    [InlineData("Vy8noOXmQpOxiFy3sH85iaFef2Yin1EULp0giJTjOoeYK82yYeGESLhRTHEZ5KoF", "0123456789ABCDEFGHIJKLMNOPQRSTUV")]
    public void Tokens_masked_by_django_unmask_to_their_secret(string token, string secret)
    {
        Assert.Equal(secret, CsrfToken.Unmask(token));
    }

    [Fact]
    public void Masking_is_random_and_reversible()
    {
        const string Secret = "abcdefghijklmnopqrstuvwxyzABCDEF";

        var first = CsrfToken.Mask(Secret);
        var second = CsrfToken.Mask(Secret);

        Assert.NotEqual(first, second);
        Assert.Equal(Secret, CsrfToken.Unmask(first));
        Assert.True(CsrfToken.Equal(first, second));
        Assert.False(CsrfToken.Equal(first, CsrfToken.New()));
    }

    [Fact]
    public void Sanitize_keeps_tokens_masks_secrets_and_replaces_the_rest()
    {
        const string Token = "cn1m7GUo0fpfMNEwbd4RJXHXPt6JVDvcco3pbL0v8ozqY0SLruma3i3kdSwan6ZH";
        const string Secret = "abcdefghijklmnopqrstuvwxyzABCDEF";

        Assert.Equal(Token, CsrfToken.Sanitize(Token));
        Assert.Equal(Secret, CsrfToken.Unmask(CsrfToken.Sanitize(Secret)));
        Assert.NotEqual(Secret, CsrfToken.Unmask(CsrfToken.Sanitize("short")));
        Assert.Equal(64, CsrfToken.Sanitize("has-dash-" + Secret).Length);
        Assert.NotEqual(Secret, CsrfToken.Unmask(CsrfToken.Sanitize(Secret[..31] + "!")));
    }
}
