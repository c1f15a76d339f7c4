// Provides the verb handlers of ApiView: override the ones the view answers.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;

namespace RestFramework.Views;

public abstract partial class ApiView
{
    /// <summary>Answers GET (and HEAD, unless <see cref="HeadAsync"/> is overridden).</summary>
    protected virtual ValueTask<Response> GetAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>Answers POST.</summary>
    protected virtual ValueTask<Response> PostAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>Answers PUT.</summary>
    protected virtual ValueTask<Response> PutAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>Answers PATCH.</summary>
    protected virtual ValueTask<Response> PatchAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>Answers DELETE.</summary>
    protected virtual ValueTask<Response> DeleteAsync(Request request) => throw new MethodNotAllowed(request.Method);

    /// <summary>Answers HEAD; by default the GET handler runs and the body is not sent.</summary>
    protected virtual ValueTask<Response> HeadAsync(Request request) => GetAsync(request);

    /// <summary>Answers OPTIONS with the metadata class's description of the view; 405 when there is no metadata class.</summary>
    protected virtual async ValueTask<Response> OptionsAsync(Request request)
    {
        var metadata = GetMetadata() ?? throw new MethodNotAllowed(request.Method);
        return new Response(await metadata.DetermineMetadataAsync(request, this));
    }

    /// <summary>The methods this view answers, in DRF's order: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS.</summary>
    /// <remarks>Computed once per view type from the overridden handlers; viewsets override it with their action map.</remarks>
    public virtual IReadOnlyList<string> AllowedMethods => ViewDescriptor.For(GetType()).AllowedMethods;

    /// <summary>The <c>Allow</c> header: <see cref="AllowedMethods"/> joined with commas.</summary>
    protected virtual string AllowHeader => ViewDescriptor.For(GetType()).AllowHeader;

    /// <summary>Calls the handler of the request's method.</summary>
    /// <remarks>Runs after every check, with the body already buffered; viewsets override it to call actions.</remarks>
    protected virtual ValueTask<Response> HandleAsync(Request request) => request.Method switch
    {
        var m when HttpMethods.IsGet(m) => GetAsync(request),
        var m when HttpMethods.IsPost(m) => PostAsync(request),
        var m when HttpMethods.IsPut(m) => PutAsync(request),
        var m when HttpMethods.IsPatch(m) => PatchAsync(request),
        var m when HttpMethods.IsDelete(m) => DeleteAsync(request),
        var m when HttpMethods.IsHead(m) => HeadAsync(request),
        var m when HttpMethods.IsOptions(m) => OptionsAsync(request),
        _ => throw new MethodNotAllowed(request.Method),
    };
}
