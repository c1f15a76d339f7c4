// Provides the view behind a function view: DRF's WrappedAPIView, the whole pipeline around one handler.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Decorators;

/// <summary>Runs a function view's handler behind negotiation, authentication, permissions, throttles and DRF's errors.</summary>
internal sealed class FunctionView(FunctionViewDefinition definition) : ApiView
{
    public override IReadOnlyList<Type>? RendererTypes => definition.Options.RendererTypes;

    public override IReadOnlyList<Type>? ParserTypes => definition.Options.ParserTypes;

    public override IReadOnlyList<Type>? AuthenticationTypes => definition.Options.AuthenticationTypes;

    public override IReadOnlyList<Type>? PermissionTypes => definition.Options.PermissionTypes;

    public override IReadOnlyList<Type>? ThrottleTypes => definition.Options.ThrottleTypes;

    public override string? ThrottleScope => definition.Options.ThrottleScope;

    public override IReadOnlyList<string> AllowedMethods => definition.AllowedMethods;

    protected override string AllowHeader => definition.AllowHeader;

    public override string GetViewName() => definition.Name;

    public override string GetViewDescription() => definition.Options.Description ?? string.Empty;

    protected override ValueTask<Response> HandleAsync(Request request)
    {
        if (definition.Methods.Contains(request.Method))
        {
            return definition.Handler(request);
        }
        return HttpMethods.IsOptions(request.Method) ? OptionsAsync(request) : throw new MethodNotAllowed(request.Method);
    }
}
