// Provides the start-up validation of the settings, with stable diagnostic IDs.
using Microsoft.Extensions.Options;
using RestFramework.Authentication;
using RestFramework.Metadata;
using RestFramework.Negotiation;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Renderers;
using RestFramework.Throttling;
using RestFramework.Versioning;
using RestFramework.Views;

namespace RestFramework.Settings;

/// <summary>Checks <see cref="RestFrameworkOptions"/> when the app starts, so a wrong setting fails fast with its ID and fix.</summary>
internal sealed class RestFrameworkOptionsValidator : IValidateOptions<RestFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, RestFrameworkOptions options)
    {
        var failures = new List<string>();
        CheckTypes<IRenderer>(failures, nameof(options.DefaultRenderers), options.DefaultRenderers);
        CheckTypes<IParser>(failures, nameof(options.DefaultParsers), options.DefaultParsers);
        CheckTypes<IAuthentication>(failures, nameof(options.DefaultAuthentication), options.DefaultAuthentication);
        CheckTypes<IPermission>(failures, nameof(options.DefaultPermissions), options.DefaultPermissions);
        CheckTypes<IThrottle>(failures, nameof(options.DefaultThrottles), options.DefaultThrottles);
        CheckType<IContentNegotiation>(failures, nameof(options.DefaultContentNegotiation), options.DefaultContentNegotiation);
        CheckType<IMetadata>(failures, nameof(options.DefaultMetadata), options.DefaultMetadata);
        CheckType<IVersioningScheme>(failures, nameof(options.DefaultVersioning), options.DefaultVersioning);
        CheckType<IExceptionHandler>(failures, nameof(options.ExceptionHandler), options.ExceptionHandler);
        if (options.DefaultRenderers.Count == 0)
        {
            failures.Add("DRF002: RestFramework:DefaultRenderers is empty; a response needs at least one renderer, such as JsonRenderer.");
        }
        if (options.MaxRequestBodySize <= 0)
        {
            failures.Add($"DRF003: RestFramework:MaxRequestBodySize must be positive (it is {options.MaxRequestBodySize}).");
        }
        if (options.PageSize is <= 0)
        {
            failures.Add($"DRF004: RestFramework:PageSize must be positive or unset (it is {options.PageSize}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTypes<T>(List<string> failures, string setting, IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            CheckType<T>(failures, setting, type);
        }
    }

    private static void CheckType<T>(List<string> failures, string setting, Type? type)
    {
        if (type is not null && (!typeof(T).IsAssignableFrom(type) || type.IsAbstract))
        {
            failures.Add($"DRF001: RestFramework:{setting} names {type.FullName}, which is not a concrete {typeof(T).Name}; name a class that implements {typeof(T).Name}.");
        }
    }
}
