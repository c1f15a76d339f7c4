using System.Buffers;
using System.Text;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Throttling;
using RestFramework.Views;

namespace RestFramework.Tests.Decorators;

/// <summary>Recognises <c>X-User: name</c>; challenges with <c>Fake</c>.</summary>
public sealed class HeaderAuthentication : IAuthentication
{
    public ValueTask<AuthenticationResult?> AuthenticateAsync(Request request) =>
        ValueTask.FromResult(request.HttpContext.Request.Headers["X-User"].LastOrDefault() is { } name
            ? new AuthenticationResult(new NamedUser(name), null)
            : null);

    public string? AuthenticateHeader(Request request) => "Fake";
}

public sealed class NamedUser(string name) : IUser
{
    public object? Id => name;

    public string UserName => name;

    public bool IsAuthenticated => true;

    public bool IsStaff => false;

    public bool IsActive => true;

    public bool HasPermission(string permission) => false;
}

public sealed class MustBeAuthenticated : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => request.User.IsAuthenticated;
}

/// <summary>Refuses every request, asking for a 5 second wait.</summary>
public sealed class RefuseAllThrottle : IThrottle
{
    public ValueTask<bool> AllowRequestAsync(Request request, ApiView view) => ValueTask.FromResult(false);

    public double? Wait() => 5;
}

/// <summary>Renders the data's text as <c>text/plain</c>.</summary>
public sealed class PlainTextRenderer : IRenderer
{
    public string MediaType => "text/plain";

    public string Format => "txt";

    public string? Charset => "utf-8";

    public void Render(object? data, RendererContext context, IBufferWriter<byte> output) =>
        output.Write(Encoding.UTF8.GetBytes(data?.ToString() ?? string.Empty));
}
