// Provides the standard actions of ViewSet: override the ones the resource exposes.
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.ViewSets;

public abstract partial class ViewSet
{
    /// <summary>The <c>list</c> action: GET on the list route. Not exposed unless overridden.</summary>
    protected virtual ValueTask<Response> ListAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>The <c>create</c> action: POST on the list route. Not exposed unless overridden.</summary>
    protected virtual ValueTask<Response> CreateAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>The <c>retrieve</c> action: GET on the detail route. Not exposed unless overridden.</summary>
    protected virtual ValueTask<Response> RetrieveAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>The <c>update</c> action: PUT on the detail route. Not exposed unless overridden.</summary>
    protected virtual ValueTask<Response> UpdateAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>The <c>partial_update</c> action: PATCH on the detail route. Not exposed unless overridden.</summary>
    protected virtual ValueTask<Response> PartialUpdateAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>The <c>destroy</c> action: DELETE on the detail route. Not exposed unless overridden.</summary>
    protected virtual ValueTask<Response> DestroyAsync(Request request) => throw new MethodNotAllowed(request.Method);
}
