using RestFramework.Authentication;
using RestFramework.Requests;

namespace RestFramework.Tests.Authentication;

/// <summary>Authenticates <c>X-Test-User: name</c> (staff when the name is <c>admin</c>) and challenges with <c>Test</c>.</summary>
public sealed class HeaderAuthentication : IAuthentication
{
    public ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        var name = request.HttpContext.Request.Headers["X-Test-User"].ToString();
        return ValueTask.FromResult(name.Length == 0 ? null : new AuthenticationResult(new TestUser(name.Length, name, isStaff: name == "admin"), null));
    }

    public string? AuthenticateHeader(Request request) => "Test";
}

/// <summary>The same as <see cref="HeaderAuthentication"/>, with no challenge (like SessionAuthentication).</summary>
public sealed class ChallengelessHeaderAuthentication : IAuthentication
{
    private readonly HeaderAuthentication _inner = new();

    public ValueTask<AuthenticationResult?> AuthenticateAsync(Request request) => _inner.AuthenticateAsync(request);

    public string? AuthenticateHeader(Request request) => null;
}
