// Provides the redirect to a local "next" URL after login or logout, refusing other hosts as Django does.
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Authentication;

/// <summary>Django's <c>next</c> handling: a 302 to the <c>next</c> query or form value when it is a local path.</summary>
internal static class Redirect
{
    public static Response? ToNext(Request request)
    {
        var next = request.QueryParams["next"].ToString();
        if (next.Length == 0 && request.Form is { } form)
        {
            next = form["next"].ToString();
        }
        if (!IsLocal(next))
        {
            return null;
        }
        var response = new Response(null, Microsoft.AspNetCore.Http.StatusCodes.Status302Found);
        response.Headers.Location = next;
        return response;
    }

    private static bool IsLocal(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
