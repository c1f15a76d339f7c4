// Provides the request delegate of a mapped view: slash handling, a view per request, then the dispatch pipeline.
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Settings;

namespace RestFramework.Views;

/// <summary>Builds one view instance per request and dispatches it.</summary>
internal sealed class ViewHandler
{
    private readonly ObjectFactory _factory;
    private readonly IOptions<RestFrameworkOptions> _options;
    private readonly bool _trailingSlash;

    private ViewHandler(ObjectFactory factory, IOptions<RestFrameworkOptions> options, bool trailingSlash)
    {
        _factory = factory;
        _options = options;
        _trailingSlash = trailingSlash;
    }

    public static ViewHandler Create(Type viewType, IOptions<RestFrameworkOptions> options, bool trailingSlash)
    {
        if (!typeof(ApiView).IsAssignableFrom(viewType) || viewType.IsAbstract)
        {
            throw new ArgumentException($"{viewType.Name} must be a concrete subclass of ApiView to be mapped as a view.", nameof(viewType));
        }
        return new ViewHandler(ActivatorUtilities.CreateFactory(viewType, Type.EmptyTypes), options, trailingSlash);
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (TrailingSlash.TryAnswer(context, _trailingSlash, _options.Value))
        {
            return Task.CompletedTask;
        }
        var view = (ApiView)_factory(context.RequestServices, null);
        return view.DispatchAsync(context, _options.Value);
    }
}
