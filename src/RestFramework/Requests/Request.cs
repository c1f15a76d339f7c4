// Provides the request a view sees: query parameters, lazily parsed data, the authenticated user, the version and the negotiated renderer.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestFramework.Authentication;
using RestFramework.Exceptions;
using RestFramework.Negotiation;
using RestFramework.Parsers;
using RestFramework.Renderers;
using RestFramework.Settings;
using RestFramework.Versioning;

namespace RestFramework.Requests;

/// <summary>DRF's <c>Request</c>: wraps the ASP.NET Core request with parsing, authentication and negotiation.</summary>
public sealed partial class Request
{
    private ParsedBody? _parsed;
    private ReadOnlyMemory<byte> _body;
    private bool _bodyRead;
    private IUser _user = AnonymousUser.Instance;
    private QueryDict? _queryParams;

    internal Request(
        HttpContext httpContext,
        RestFrameworkOptions options,
        IReadOnlyList<IParser> parsers,
        IReadOnlyList<IAuthentication> authenticators,
        IContentNegotiation negotiator)
    {
        HttpContext = httpContext;
        Options = options;
        Parsers = parsers;
        Negotiator = negotiator;
        var forced = httpContext.Features.Get<IForcedAuthenticationFeature>();
        Authenticators = forced is null ? authenticators : [new ForcedAuthentication(forced.User, forced.Token)];
    }

    /// <summary>The ASP.NET Core context.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The settings in force for this request.</summary>
    public RestFrameworkOptions Options { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method => HttpContext.Request.Method;

    /// <summary>The query string (DRF's <c>query_params</c>), read as Django's <c>QueryDict</c>: names are case-sensitive.</summary>
    public IQueryCollection QueryParams => _queryParams ??= QueryDict.Parse(HttpContext.Request.QueryString.Value);

    /// <summary>The route values of the matched URL (DRF's <c>kwargs</c>).</summary>
    public RouteValueDictionary Kwargs => HttpContext.Request.RouteValues;

    /// <summary>The full <c>Content-Type</c> header, or null.</summary>
    public string? ContentType => HttpContext.Request.ContentType;

    /// <summary>The parsers that may read the body.</summary>
    public IReadOnlyList<IParser> Parsers { get; }

    /// <summary>The authentication classes, in order (one forced class in tests that force a user).</summary>
    public IReadOnlyList<IAuthentication> Authenticators { get; }

    /// <summary>The content negotiation in force.</summary>
    public IContentNegotiation Negotiator { get; }

    /// <summary>The authenticated user, or <see cref="AnonymousUser"/>. Set before permissions are checked.</summary>
    public IUser User
    {
        get => _user;
        set
        {
            _user = value;
            Authenticated = true;
        }
    }

    /// <summary>The credential of the authentication (a token, claims), or null.</summary>
    public object? Auth { get; set; }

    /// <summary>The authentication class that recognised the caller, or null.</summary>
    public IAuthentication? SuccessfulAuthenticator { get; private set; }

    /// <summary>The API version, set before authentication, or null without versioning.</summary>
    public string? Version { get; set; }

    /// <summary>The versioning scheme that set <see cref="Version"/>, or null.</summary>
    public IVersioningScheme? VersioningScheme { get; set; }

    /// <summary>The renderer chosen by content negotiation.</summary>
    public IRenderer? AcceptedRenderer { get; set; }

    /// <summary>The media type the renderer was accepted as, with the client's parameters.</summary>
    public string? AcceptedMediaType { get; set; }

    internal bool Authenticated { get; private set; }

    /// <summary>The parsed body, parsed on first use: 415 and parse errors surface here, after authentication, permissions and throttles.</summary>
    /// <remarks>An empty body is an empty object with no parser lookup. A failed parse leaves an empty object for later reads.</remarks>
    public JsonNode? Data => Parse().Data;

    /// <summary>For form bodies, every value of every field; null for other bodies.</summary>
    public IFormCollection? Form => Parse().Form;

    /// <summary>The uploaded files.</summary>
    public IFormFileCollection Files => Parse().Files;

    /// <summary>Runs the authentication classes in order; the first that recognises the caller wins.</summary>
    public async ValueTask AuthenticateAsync()
    {
        foreach (var authenticator in Authenticators)
        {
            AuthenticationResult? result;
            try
            {
                result = await authenticator.AuthenticateAsync(this);
            }
            catch (ApiException)
            {
                NotAuthenticated();
                throw;
            }
            if (result is not null)
            {
                SuccessfulAuthenticator = authenticator;
                User = result.User;
                Auth = result.Auth;
                return;
            }
        }
        NotAuthenticated();
    }

    /// <summary>An absolute URI for <paramref name="location"/> (a path or a URL), or for this request's URL.</summary>
    public string BuildAbsoluteUri(string? location = null)
    {
        var request = HttpContext.Request;
        if (location is null)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        }
        if (Uri.TryCreate(location, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return location;
        }
        return $"{request.Scheme}://{request.Host}{(location.StartsWith('/') ? location : "/" + location)}";
    }

    private void NotAuthenticated()
    {
        SuccessfulAuthenticator = null;
        User = AnonymousUser.Instance;
        Auth = null;
    }

    internal void SetBody(ReadOnlyMemory<byte> body)
    {
        _body = body;
        _bodyRead = true;
    }

    private ParsedBody Parse()
    {
        if (_parsed is not null)
        {
            return _parsed;
        }
        var contentType = ContentType;
        if (!_bodyRead || _body.IsEmpty)
        {
            return _parsed = new ParsedBody(new JsonObject(), IsForm(contentType) ? new FormCollection(null) : null, ParsedBody.NoFiles);
        }
        // A body without a Content-Type is of media type "" for DRF, which no parser accepts.
        var parser = contentType is null ? null : Negotiator.SelectParser(this, Parsers);
        if (parser is null)
        {
            _parsed = new ParsedBody(new JsonObject(), null, ParsedBody.NoFiles);
            throw new UnsupportedMediaType(contentType ?? string.Empty);
        }
        try
        {
            return _parsed = parser.Parse(_body, new ParserContext(contentType!));
        }
        catch
        {
            _parsed = new ParsedBody(new JsonObject(), IsForm(contentType) ? new FormCollection(null) : null, ParsedBody.NoFiles);
            throw;
        }
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null &&
        (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) ||
         contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));
}
