// Ports Django's UserManager.create_user normalisation: the email's domain lower-cased, the user name in NFKC.
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;

namespace RestFramework.Tests.Authentication;

public sealed class UserStoreTests
{
    // BaseUserManager.normalize_email: split at the last '@' of the stripped text, domain lower-cased; no '@' keeps the text.
    [Theory]
    [InlineData("Erin.X@EXAMPLE.COM", "Erin.X@example.com")]
    [InlineData("  ivan@Example.com  ", "ivan@example.com")]
    [InlineData("a@b@C.COM", "a@b@c.com")]
    [InlineData("u@\u0130stanbul.tr", "u@i\u0307stanbul.tr")] // Python's str.lower(): full mapping
    [InlineData("u@\u0391\u03A3", "u@\u03B1\u03C2")] // and the final sigma
    [InlineData("\u001Cu@X.COM\u001F", "u@x.com")] // Python's str.strip()
    [InlineData("u@\u212Aelvin.org", "u@kelvin.org")]
    [InlineData("NO-AT-SIGN ", "NO-AT-SIGN ")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Emails_are_normalised_as_django_does(string? email, string expected) =>
        Assert.Equal(expected, UserStore<AuthDbContext>.NormalizeEmail(email));

    [Fact]
    public async Task Created_users_have_an_nfkc_user_name_and_a_normalised_email()
    {
        await using var auth = await AuthHost.StartAsync();
        await using var scope = auth.Host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IUserStore>();

        var user = await store.CreateUserAsync("\uff46\uff55\uff4c\uff4c", "pw", "Full@EXAMPLE.com");

        Assert.Equal(("full", "Full@example.com"), (user.UserName, user.Email));
    }
}
