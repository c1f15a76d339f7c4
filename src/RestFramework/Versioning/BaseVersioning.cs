// Provides the shared settings of the versioning schemes: default version, allowed versions and the version parameter.
using Microsoft.AspNetCore.Routing;
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>The base of the built-in versioning schemes: reads <c>DefaultVersion</c>, <c>AllowedVersions</c> and <c>VersionParam</c>.</summary>
/// <remarks>Each property falls back to the setting of the same name when null; set it in a subclass constructor to override it for one scheme.</remarks>
public abstract class BaseVersioning : IVersioningScheme
{
    /// <summary>The version used when the request names none; null uses <c>DefaultVersion</c>.</summary>
    public string? DefaultVersion { get; set; }

    /// <summary>The versions accepted; null uses <c>AllowedVersions</c> (null or empty accepts any).</summary>
    public IReadOnlyList<string>? AllowedVersions { get; set; }

    /// <summary>The name of the URL kwarg, query or media type parameter; null uses <c>VersionParam</c>.</summary>
    public string? VersionParam { get; set; }

    /// <inheritdoc />
    public abstract string? DetermineVersion(Request request);

    /// <inheritdoc />
    public virtual string PrepareReverse(Request request, string routeName, RouteValueDictionary values) => routeName;

    /// <inheritdoc />
    public virtual string CompleteReverse(Request request, string url) => url;

    /// <summary>The default version in force for <paramref name="request"/>.</summary>
    protected string? GetDefaultVersion(Request request) => DefaultVersion ?? request.Options.DefaultVersion;

    /// <summary>The version parameter in force for <paramref name="request"/>.</summary>
    protected string GetVersionParam(Request request) => VersionParam ?? request.Options.VersionParam;

    /// <summary>DRF's <c>is_allowed_version</c>: any version without allowed versions, else the default or one of the allowed.</summary>
    /// <param name="request">The request, whose settings apply.</param>
    /// <param name="version">The version the request names, or null.</param>
    /// <returns>Whether the version is allowed.</returns>
    public bool IsAllowedVersion(Request request, string? version)
    {
        var allowed = AllowedVersions ?? (IEnumerable<string>?)request.Options.AllowedVersions;
        if (allowed is null || !allowed.Any())
        {
            return true;
        }
        return (version is not null && version == GetDefaultVersion(request)) || (version is not null && allowed.Contains(version));
    }
}
