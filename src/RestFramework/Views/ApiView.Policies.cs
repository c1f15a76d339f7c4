// Provides the policy hooks of ApiView: which renderers, parsers, authenticators, permissions, throttles and schemes apply.
using RestFramework.Authentication;
using RestFramework.Metadata;
using RestFramework.Negotiation;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Renderers;
using RestFramework.Throttling;
using RestFramework.Versioning;

namespace RestFramework.Views;

public abstract partial class ApiView
{
    private IReadOnlyList<IRenderer>? _renderers;
    private IReadOnlyList<IParser>? _parsers;

    /// <summary>Renderer classes of this view; null uses <c>DefaultRenderers</c>.</summary>
    public virtual IReadOnlyList<Type>? RendererTypes => null;

    /// <summary>Parser classes of this view; null uses <c>DefaultParsers</c>.</summary>
    public virtual IReadOnlyList<Type>? ParserTypes => null;

    /// <summary>Authentication classes of this view; null uses <c>DefaultAuthentication</c>.</summary>
    public virtual IReadOnlyList<Type>? AuthenticationTypes => null;

    /// <summary>Permission classes of this view; null uses <c>DefaultPermissions</c>.</summary>
    public virtual IReadOnlyList<Type>? PermissionTypes => null;

    /// <summary>Throttle classes of this view; null uses <c>DefaultThrottles</c>.</summary>
    public virtual IReadOnlyList<Type>? ThrottleTypes => null;

    /// <summary>The scope of <c>ScopedRateThrottle</c> for this view, or null for no scoped throttling.</summary>
    public virtual string? ThrottleScope => null;

    /// <summary>The content negotiation class of this view; null uses <c>DefaultContentNegotiation</c>.</summary>
    public virtual Type? ContentNegotiationType => null;

    /// <summary>The versioning class of this view; null uses <c>DefaultVersioning</c>.</summary>
    public virtual Type? VersioningType => null;

    /// <summary>The metadata class of this view; null uses <c>DefaultMetadata</c>.</summary>
    public virtual Type? MetadataType => null;

    /// <summary>The renderers, in preference order. Override to choose them per request.</summary>
    public virtual IReadOnlyList<IRenderer> GetRenderers() => _renderers ??= Create<IRenderer>(RendererTypes ?? ReadOnly(Options.DefaultRenderers));

    /// <summary>The parsers, in order.</summary>
    public virtual IReadOnlyList<IParser> GetParsers() => _parsers ??= Create<IParser>(ParserTypes ?? ReadOnly(Options.DefaultParsers));

    /// <summary>The authentication classes, in order.</summary>
    public virtual IReadOnlyList<IAuthentication> GetAuthenticators() => Create<IAuthentication>(AuthenticationTypes ?? ReadOnly(Options.DefaultAuthentication));

    /// <summary>The permission classes; every one must grant the request.</summary>
    public virtual IReadOnlyList<IPermission> GetPermissions() => Create<IPermission>(PermissionTypes ?? ReadOnly(Options.DefaultPermissions));

    /// <summary>The throttle classes; every one is checked.</summary>
    public virtual IReadOnlyList<IThrottle> GetThrottles() => Create<IThrottle>(ThrottleTypes ?? ReadOnly(Options.DefaultThrottles));

    /// <summary>The content negotiation.</summary>
    public virtual IContentNegotiation GetContentNegotiator() => PolicyFactory.Create<IContentNegotiation>(Services, ContentNegotiationType ?? Options.DefaultContentNegotiation);

    /// <summary>The versioning scheme, or null without versioning.</summary>
    public virtual IVersioningScheme? GetVersioningScheme()
    {
        var type = VersioningType ?? Options.DefaultVersioning;
        return type is null ? null : PolicyFactory.Create<IVersioningScheme>(Services, type);
    }

    /// <summary>The metadata class, or null to answer OPTIONS with 405.</summary>
    public virtual IMetadata? GetMetadata()
    {
        var type = MetadataType ?? Options.DefaultMetadata;
        return type is null ? null : PolicyFactory.Create<IMetadata>(Services, type);
    }

    private protected static IReadOnlyList<Type> ReadOnly(IList<Type> types) => types as IReadOnlyList<Type> ?? types.AsReadOnly();

    /// <summary>Builds one instance of each of <paramref name="types"/> with the request's services.</summary>
    protected IReadOnlyList<T> Create<T>(IReadOnlyList<Type> types)
        where T : class
    {
        if (types.Count == 0)
        {
            return [];
        }
        var instances = new T[types.Count];
        for (var i = 0; i < instances.Length; i++)
        {
            instances[i] = PolicyFactory.Create<T>(Services, types[i]);
        }
        return instances;
    }
}
