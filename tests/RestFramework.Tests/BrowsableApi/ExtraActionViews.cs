// Provides a viewset with extra actions for the browsable API tests.
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.ViewSets;

namespace RestFramework.Tests.BrowsableApi;

public sealed class MenuViewSet : ViewSet
{
    protected override ValueTask<Response> ListAsync(Request request) => Menu();

    protected override ValueTask<Response> RetrieveAsync(Request request) => Menu();

    [Action(Detail = false)]
    public ValueTask<Response> RecentOnesAsync(Request request) => Menu();

    [Action(Detail = true, Methods = ["post"], Name = "Change <age>")]
    public ValueTask<Response> SetAgeAsync(Request request) => Menu();

    private static ValueTask<Response> Menu() => ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["menu"] = true }));
}
