using RestFramework.Authentication;
using RestFramework.Exceptions;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Tests.Support;

/// <summary>Authenticates <c>X-User: name</c> as a user; a challenge of <c>Test</c>.</summary>
public sealed class HeaderAuthentication : IAuthentication
{
    public ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        var name = request.HttpContext.Request.Headers["X-User"].ToString();
        if (name.Length == 0)
        {
            return ValueTask.FromResult<AuthenticationResult?>(null);
        }
        if (name == "bad")
        {
            throw new AuthenticationFailed("Invalid test user.");
        }
        return ValueTask.FromResult<AuthenticationResult?>(new AuthenticationResult(new TestUser(1, name, IsStaff: name == "admin"), "credential"));
    }

    public string? AuthenticateHeader(Request request) => "Test";
}

/// <summary>As <see cref="HeaderAuthentication"/> without a challenge, so refusals are 403.</summary>
public sealed class ChallengelessAuthentication : IAuthentication
{
    private readonly HeaderAuthentication _inner = new();

    public ValueTask<AuthenticationResult?> AuthenticateAsync(Request request) => _inner.AuthenticateAsync(request);

    public string? AuthenticateHeader(Request request) => null;
}

public sealed class AuthenticatedOnly : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => request.User.IsAuthenticated;
}

public sealed class DenyWithMessage : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => false;

    public override string? Message => "Custom deny.";

    public override string? Code => "custom";
}

public sealed class AlwaysThrottled : IThrottle
{
    public ValueTask<bool> AllowRequestAsync(Request request, ApiView view) => ValueTask.FromResult(false);

    public double? Wait() => 12.2;
}

public sealed class ThrottledWithoutWait : IThrottle
{
    public ValueTask<bool> AllowRequestAsync(Request request, ApiView view) => ValueTask.FromResult(false);

    public double? Wait() => null;
}
