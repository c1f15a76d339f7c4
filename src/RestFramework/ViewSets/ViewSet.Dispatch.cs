// Provides the dispatch of ViewSet: the request's action is chosen from the route's map and its method called.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.ViewSets;

public abstract partial class ViewSet
{
    /// <summary>The methods the route maps, in DRF's order, with HEAD when GET is mapped and OPTIONS always.</summary>
    public override IReadOnlyList<string> AllowedMethods => Route.AllowedMethods;

    /// <summary>The route's <c>Allow</c> header.</summary>
    protected override string AllowHeader => Route.AllowHeader;

    /// <summary>Sets <see cref="Action"/> before authentication, so permissions and throttles can read it.</summary>
    /// <param name="context">The ASP.NET Core context.</param>
    /// <returns>The request.</returns>
    protected override Request InitializeRequest(HttpContext context)
    {
        var request = base.InitializeRequest(context);
        Action = Route.ActionFor(request.Method);
        return request;
    }

    /// <summary>Calls the action bound to the request's method; OPTIONS answers with metadata unless mapped.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The action's response.</returns>
    protected override ValueTask<Response> HandleAsync(Request request)
    {
        if (Route.Find(request.Method) is { } binding)
        {
            return binding.Invoke(this, request);
        }
        return HttpMethods.IsOptions(request.Method) ? OptionsAsync(request) : throw new MethodNotAllowed(request.Method);
    }
}
