// Provides the API root: the resources of the API, as absolute URLs.
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace InterviewPrep.Views;

/// <summary>The root of version <c>v1</c>/<c>v2</c>: links to the resources.</summary>
public sealed class ApiRootView : ApiView
{
    protected override ValueTask<Response> GetAsync(Request request)
    {
        var version = request.Kwargs["version"];
        return ValueTask.FromResult(new Response(new Dictionary<string, object?>
        {
            ["topics"] = request.BuildAbsoluteUri($"/api/{version}/topics/"),
            ["study-plan"] = request.BuildAbsoluteUri($"/api/{version}/study-plan/"),
        }));
    }

    public override string GetViewName() => "Api Root";
}
