using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;
using RestFramework.ViewSets;

namespace RestFramework.Tests.ViewSets;

/// <summary>Answers with what the viewset knows of the request: its action, detail flag and route values.</summary>
public abstract class EchoViewSet : ViewSet
{
    protected ValueTask<Response> Echo(Request request)
    {
        var kwargs = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in request.Kwargs)
        {
            kwargs[key] = value;
        }
        return ValueTask.FromResult(new Response(new OrderedDictionary<string, object?>
        {
            ["action"] = Action,
            ["detail"] = Detail,
            ["basename"] = Basename,
            ["kwargs"] = kwargs,
        }));
    }
}

/// <summary>Every standard action, and extra actions of every kind.</summary>
public sealed class QuestionViewSet : EchoViewSet
{
    protected override ValueTask<Response> ListAsync(Request request) => Echo(request);

    protected override ValueTask<Response> CreateAsync(Request request) => Echo(request);

    protected override ValueTask<Response> RetrieveAsync(Request request) => Echo(request);

    protected override ValueTask<Response> UpdateAsync(Request request) => Echo(request);

    protected override ValueTask<Response> PartialUpdateAsync(Request request) => Echo(request);

    protected override ValueTask<Response> DestroyAsync(Request request) => Echo(request);

    [Action(Detail = true, Methods = ["post"])]
    public ValueTask<Response> SetAgeAsync(Request request) => Echo(request);

    [Action(Detail = false)]
    public ValueTask<Response> RecentOnesAsync(Request request) => Echo(request);

    [Action(Detail = false, UrlPath = "by-tag/{tag}", UrlName = "tagged", Name = "Tagged questions")]
    public ValueTask<Response> ByTagAsync(Request request) => Echo(request);

    [Action(Detail = false)]
    public ValueTask<Response> ExampleAsync(Request request) => Echo(request);

    [ActionMapping(nameof(ExampleAsync), "post", "delete")]
    public ValueTask<Response> CreateExampleAsync(Request request) => Echo(request);

    [Action(Detail = true, PermissionTypes = [typeof(DenyAll)])]
    public ValueTask<Response> LockedAsync(Request request) => Echo(request);

    [Action(Detail = true, Suffix = "History", Description = "Past answers.")]
    private ValueTask<Response> HistoryAsync(Request request) => Echo(request);
}

/// <summary>Exposes only what it means to: no create, no destroy.</summary>
public sealed class NoDestroyViewSet : EchoViewSet
{
    protected override ValueTask<Response> ListAsync(Request request) => Echo(request);

    protected override ValueTask<Response> RetrieveAsync(Request request) => Echo(request);

    protected override ValueTask<Response> UpdateAsync(Request request) => Echo(request);

    protected override ValueTask<Response> PartialUpdateAsync(Request request) => Echo(request);
}

/// <summary>Looks objects up by slug, lower case and dashes only.</summary>
public sealed class TagViewSet : EchoViewSet
{
    public override string LookupField => "slug";

    public override string LookupValueRegex => "[a-z-]+";

    protected override ValueTask<Response> ListAsync(Request request) => Echo(request);

    protected override ValueTask<Response> RetrieveAsync(Request request) => Echo(request);

    [Action(Detail = true)]
    public ValueTask<Response> UsageAsync(Request request) => Echo(request);
}

/// <summary>Looks objects up by a URL kwarg that differs from the field.</summary>
public sealed class UserViewSet : EchoViewSet
{
    public override string LookupField => "username";

    public override string? LookupUrlKwarg => "name";

    protected override ValueTask<Response> RetrieveAsync(Request request) => Echo(request);
}

/// <summary>Has only a detail route, so the API root leaves it out.</summary>
public sealed class DetailOnlyViewSet : EchoViewSet
{
    protected override ValueTask<Response> RetrieveAsync(Request request) => Echo(request);
}

/// <summary>Allows only the <c>list</c> action (and OPTIONS): shows that the action is known before permissions run.</summary>
public sealed class OnlyListPermission : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => view is IViewSet { Action: "list" or "metadata" };

    public override string? Message => "Only listing.";
}

/// <summary>Refuses everything.</summary>
public sealed class DenyAll : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => false;

    public override string? Message => "Custom deny.";
}

/// <summary>Lets only <c>list</c> through, by permission.</summary>
public sealed class ListOnlyByPermissionViewSet : EchoViewSet
{
    public override IReadOnlyList<Type>? PermissionTypes => [typeof(OnlyListPermission)];

    protected override ValueTask<Response> ListAsync(Request request) => Echo(request);

    protected override ValueTask<Response> CreateAsync(Request request) => Echo(request);

    [Action(Detail = false, Methods = ["post"], PermissionTypes = [typeof(AllowAny)])]
    public ValueTask<Response> PublishAsync(Request request) => Echo(request);
}
