using RestFramework.Parsers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Tests.Decorators;
using RestFramework.Throttling;
using RestFramework.Views;
using RestFramework.ViewSets;

namespace RestFramework.Tests.ViewSets;

/// <summary>Refuses requests whose view's throttle scope is <c>burst</c>.</summary>
public sealed class BurstScopeThrottle : IThrottle
{
    public ValueTask<bool> AllowRequestAsync(Request request, ApiView view) => ValueTask.FromResult(view.ThrottleScope != "burst");

    public double? Wait() => 2;
}

/// <summary>Extra actions overriding the viewset's throttles, scope, renderers, parsers and authentication.</summary>
public sealed class OverridingViewSet : ViewSet
{
    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(BurstScopeThrottle)];

    protected override ValueTask<Response> ListAsync(Request request) => Data(request);

    [Action(Detail = false, ThrottleScope = "burst")]
    public ValueTask<Response> BurstAsync(Request request) => Data(request);

    [Action(Detail = false, ThrottleScope = "burst", ThrottleTypes = [])]
    public ValueTask<Response> UnthrottledAsync(Request request) => Data(request);

    [Action(Detail = false, RendererTypes = [typeof(PlainTextRenderer)])]
    public ValueTask<Response> TextAsync(Request request) => ValueTask.FromResult(new Response("plain"));

    [Action(Detail = false, Methods = ["post"], ParserTypes = [typeof(JsonParser)])]
    public ValueTask<Response> JsonOnlyAsync(Request request) => Data(request);

    [Action(Detail = false, AuthenticationTypes = [typeof(HeaderAuthentication)], PermissionTypes = [typeof(MustBeAuthenticated)])]
    public ValueTask<Response> MineAsync(Request request) => ValueTask.FromResult(new Response(request.User.UserName));

    private ValueTask<Response> Data(Request request) => ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["action"] = Action, ["data"] = request.Data }));
}
