using Microsoft.AspNetCore.Builder;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.Authentication;
using RestFramework.Views;

namespace RestFramework.Tests.Permissions;

/// <summary>A view guarded by <typeparamref name="TPermission"/> and authenticated by <see cref="HeaderAuthentication"/>.</summary>
public class GuardedView<TPermission> : ApiView
    where TPermission : IPermission
{
    public override IReadOnlyList<Type>? PermissionTypes => [typeof(TPermission)];

    public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(HeaderAuthentication)];

    protected override ValueTask<Response> GetAsync(Request request) => Ok();

    protected override ValueTask<Response> PostAsync(Request request) => Ok();

    protected override ValueTask<Response> PutAsync(Request request) => Ok();

    protected override ValueTask<Response> PatchAsync(Request request) => Ok();

    protected override ValueTask<Response> DeleteAsync(Request request) => Ok();

    private static ValueTask<Response> Ok() => ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["ok"] = true }));
}

public sealed record Question(int Id, string Owner);

/// <summary>A model view over <see cref="Question"/> in app <c>quiz</c>; every handler checks object permissions on one question.</summary>
public sealed class QuestionView<TPermission> : GuardedView<TPermission>, IModelView
    where TPermission : IPermission
{
    public Type ModelType => typeof(Question);

    public string AppLabel => "quiz";

    protected override ValueTask<Response> HandleAsync(Request request)
    {
        CheckObjectPermissions(request, new Question(1, "alice"));
        return base.HandleAsync(request);
    }
}

/// <summary>Grants object access to the question's owner; custom message and code.</summary>
public sealed class IsOwner : BasePermission
{
    public override bool HasObjectPermission(Request request, ApiView view, object obj) =>
        obj is Question q && q.Owner == request.User.UserName;

    public override string? Message => "Only the owner may do this.";

    public override string? Code => "not_owner";
}

/// <summary>Always refuses, with a custom message and code.</summary>
public sealed class DenyWithMessage : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => false;

    public override string? Message => "Custom deny.";

    public override string? Code => "custom";
}

public sealed class AllowAll : BasePermission;

public static class Users
{
    public static (string, string) Alice => ("X-Test-User", "alice");

    public static (string, string) Admin => ("X-Test-User", "admin");

    public static IUser Anonymous => AnonymousUser.Instance;
}

/// <summary>Sends one request to a <see cref="GuardedView{TPermission}"/>.</summary>
public static class Guarded
{
    public const string NotProvided = "{\"detail\":\"Authentication credentials were not provided.\"}";
    public const string Denied = "{\"detail\":\"You do not have permission to perform this action.\"}";

    public static async Task<(int Status, string Body, string? Challenge)> SendAsync<TPermission>(string method, string? user)
        where TPermission : IPermission
    {
        await using var host = await ApiTestHost.StartAsync(e => e.MapView<GuardedView<TPermission>>("guarded/"));
        using var client = host.CreateClient();
        if (user is not null)
        {
            client.Credentials(("X-Test-User", user));
        }
        var response = await client.SendAsync(new HttpMethod(method), "/guarded/", null);
        return (response.StatusCode, response.Text, response.Header("WWW-Authenticate"));
    }
}
