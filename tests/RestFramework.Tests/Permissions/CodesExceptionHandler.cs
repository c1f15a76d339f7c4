using RestFramework.Exceptions;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Tests.Permissions;

/// <summary>Renders an API error as <c>{"detail": ..., "code": ...}</c>, so tests can see the codes.</summary>
public sealed class CodesExceptionHandler : IExceptionHandler
{
    public Response? Handle(Exception exception, ApiView view) =>
        exception is ApiException api && api.Detail is ErrorDetail detail
            ? new Response(new Dictionary<string, object?> { ["detail"] = detail.Message, ["code"] = detail.Code }, api.StatusCode)
            : null;
}
