// Provides the framework's settings: the REST_FRAMEWORK dictionary, with DRF's names and defaults.
using RestFramework.Metadata;
using RestFramework.Negotiation;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Renderers;

namespace RestFramework.Settings;

/// <summary>The framework's settings, bound from the <c>RestFramework</c> configuration section.</summary>
/// <remarks>
/// Each property mirrors a key of DRF's <c>REST_FRAMEWORK</c> setting. Class-valued settings hold types that are built per
/// request with <c>ActivatorUtilities</c>, so policies may take DI services. A view overrides any of them through its own
/// properties (<c>RendererTypes</c>, <c>PermissionTypes</c>, ...).
/// </remarks>
public sealed class RestFrameworkOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "RestFramework";

    // Base API policies

    /// <summary>The browsable API's brand, in its navigation bar and page titles (DRF's <c>branding</c> block). Defaults to <c>RestFramework</c>.</summary>
    public string BrowsableApiBrand { get; set; } = "RestFramework";

    /// <summary>Where the browsable API's brand links to, or null (the default) for plain text.</summary>
    public string? BrowsableApiBrandUrl { get; set; }

    /// <summary>Renderers, in order of preference. Defaults to <see cref="JsonRenderer"/>, then <see cref="BrowsableApi.BrowsableApiRenderer"/>.</summary>
    /// <remarks>Remove <see cref="BrowsableApi.BrowsableApiRenderer"/> to turn the browsable API off (for example in production).</remarks>
    public IList<Type> DefaultRenderers { get; set; } = [typeof(JsonRenderer), typeof(BrowsableApi.BrowsableApiRenderer)];

    /// <summary>Parsers, tried in order. Defaults to <see cref="JsonParser"/>, <see cref="FormParser"/>, <see cref="MultiPartParser"/>.</summary>
    public IList<Type> DefaultParsers { get; set; } = [typeof(JsonParser), typeof(FormParser), typeof(MultiPartParser)];

    /// <summary>Authentication classes, tried in order. Defaults to none (anonymous).</summary>
    public IList<Type> DefaultAuthentication { get; set; } = [];

    /// <summary>Permission classes, all of which must pass. Defaults to <see cref="AllowAny"/>.</summary>
    public IList<Type> DefaultPermissions { get; set; } = [typeof(AllowAny)];

    /// <summary>Throttle classes, all of which are checked. Defaults to none.</summary>
    public IList<Type> DefaultThrottles { get; set; } = [];

    /// <summary>The content negotiation class. Defaults to <see cref="DefaultContentNegotiation"/>.</summary>
    public Type DefaultContentNegotiation { get; set; } = typeof(DefaultContentNegotiation);

    /// <summary>The class answering OPTIONS. Defaults to <see cref="SimpleMetadata"/>; null answers OPTIONS with 405.</summary>
    public Type? DefaultMetadata { get; set; } = typeof(SimpleMetadata);

    /// <summary>The versioning scheme. Defaults to none (<c>Request.Version</c> is null).</summary>
    public Type? DefaultVersioning { get; set; }

    /// <summary>The exception handler. Defaults to <see cref="Views.ExceptionHandler"/>.</summary>
    public Type ExceptionHandler { get; set; } = typeof(Views.ExceptionHandler);

    // Generic view behaviour

    /// <summary>The pagination class of generic views. Defaults to none.</summary>
    public Type? DefaultPagination { get; set; }

    /// <summary>The filter backends of generic views. Defaults to none.</summary>
    public IList<Type> DefaultFilterBackends { get; set; } = [];

    /// <summary>The page size of the pagination classes. Defaults to null (no pagination).</summary>
    /// <remarks>Setting it without <see cref="DefaultPagination"/> has no effect unless a view names a paginator.</remarks>
    public int? PageSize { get; set; }

    // Throttling

    /// <summary>Rates per throttle scope, such as <c>"100/day"</c>. Defaults to <c>anon</c> and <c>user</c> unset (no limit).</summary>
    public IDictionary<string, string?> DefaultThrottleRates { get; set; } = new Dictionary<string, string?> { ["anon"] = null, ["user"] = null };

    /// <summary>How many proxies in front of the app append to <c>X-Forwarded-For</c>. Defaults to null (trust the header as DRF does).</summary>
    public int? NumProxies { get; set; }

    // Filtering

    /// <summary>The query parameter of the search filter. Defaults to <c>search</c>.</summary>
    public string SearchParam { get; set; } = "search";

    /// <summary>The query parameter of the ordering filter. Defaults to <c>ordering</c>.</summary>
    public string OrderingParam { get; set; } = "ordering";

    // Versioning

    /// <summary>The version used when the request names none. Defaults to null.</summary>
    public string? DefaultVersion { get; set; }

    /// <summary>The versions accepted; null accepts any. Defaults to null.</summary>
    public IList<string>? AllowedVersions { get; set; }

    /// <summary>The URL kwarg, query or media type parameter naming the version. Defaults to <c>version</c>.</summary>
    public string VersionParam { get; set; } = "version";

    // Exceptions

    /// <summary>The key of errors that belong to no field. Defaults to <c>non_field_errors</c>.</summary>
    public string NonFieldErrorsKey { get; set; } = "non_field_errors";

    // Content type and format suffixes

    /// <summary>The query parameter that forces a renderer by format. Defaults to <c>format</c>; null turns it off.</summary>
    public string? UrlFormatOverride { get; set; } = "format";

    /// <summary>The URL kwarg of format suffixes. Defaults to <c>format</c>.</summary>
    public string FormatSuffixKwarg { get; set; } = "format";

    /// <summary>The name of the URL field of hyperlinked serializers. Defaults to <c>url</c>.</summary>
    public string UrlFieldName { get; set; } = "url";

    // Encodings

    /// <summary>Renders non-ASCII characters as UTF-8 rather than <c>\u</c> escapes. Defaults to true.</summary>
    public bool UnicodeJson { get; set; } = true;

    /// <summary>Renders JSON without spaces. Defaults to true.</summary>
    public bool CompactJson { get; set; } = true;

    /// <summary>Rejects NaN and infinities in JSON. Defaults to true.</summary>
    public bool StrictJson { get; set; } = true;

    /// <summary>Renders decimals as strings. Defaults to true.</summary>
    public bool CoerceDecimalToString { get; set; } = true;

    // Requests

    /// <summary>The largest request body accepted, in bytes; larger bodies get 413. Defaults to 2.5 MiB, Django's <c>DATA_UPLOAD_MAX_MEMORY_SIZE</c>.</summary>
    public long MaxRequestBodySize { get; set; } = 2_621_440;
}
