// Provides versioning by the first label of the host name (v1.example.com).
using System.Text.RegularExpressions;
using RestFramework.Exceptions;
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>DRF's <c>HostNameVersioning</c>: the version is the first label of a three-label host name; other hosts get the default.</summary>
/// <remarks>A version that is not allowed gives 404 <c>Invalid version in hostname.</c> URLs are reversed unchanged.</remarks>
public partial class HostNameVersioning : BaseVersioning
{
    /// <summary>The detail of the 404 for a version that is not allowed.</summary>
    public const string InvalidVersionMessage = "Invalid version in hostname.";

    /// <summary>The pattern whose first group is the version. Defaults to DRF's <c>^([a-zA-Z0-9]+)\.[a-zA-Z0-9]+\.[a-zA-Z0-9]+$</c>.</summary>
    protected virtual Regex HostNameRegex => DefaultHostNameRegex();

    /// <inheritdoc />
    public override string? DetermineVersion(Request request)
    {
        var host = request.HttpContext.Request.Host.Host;
        var match = HostNameRegex.Match(host);
        if (!match.Success)
        {
            return GetDefaultVersion(request);
        }
        var version = match.Groups[1].Value;
        if (!IsAllowedVersion(request, version))
        {
            throw new NotFound(InvalidVersionMessage);
        }
        return version;
    }

    [GeneratedRegex(@"^([a-zA-Z0-9]+)\.[a-zA-Z0-9]+\.[a-zA-Z0-9]+$")]
    private static partial Regex DefaultHostNameRegex();
}
