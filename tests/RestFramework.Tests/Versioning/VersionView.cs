using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Tests.Versioning;

/// <summary>Answers the request's version and the version-aware reversal of the route named <c>item-list</c>.</summary>
public abstract class VersionView : ApiView
{
    protected override ValueTask<Response> GetAsync(Request request)
    {
        var scheme = request.VersioningScheme!;
        var values = new RouteValueDictionary();
        var name = scheme.PrepareReverse(request, "item-list", values);
        var url = Services.GetRequiredService<LinkGenerator>().GetUriByName(HttpContext, name, values);
        // The routes are mapped with a trailing slash, which link generation drops.
        url = url is null || url.EndsWith('/') ? url : url + "/";
        return ValueTask.FromResult(new Response(new Dictionary<string, object?>
        {
            ["version"] = request.Version,
            ["scheme"] = scheme.GetType().Name,
            ["url"] = url is null ? null : scheme.CompleteReverse(request, url),
        }));
    }
}
