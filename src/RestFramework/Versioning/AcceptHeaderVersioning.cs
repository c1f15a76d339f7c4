// Provides versioning by a parameter of the negotiated media type (Accept: application/json; version=1.0).
using RestFramework.Exceptions;
using RestFramework.Negotiation;
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>DRF's <c>AcceptHeaderVersioning</c>: the version is the <c>version</c> parameter of the accepted media type.</summary>
/// <remarks>A version that is not allowed gives 406 <c>Invalid version in "Accept" header.</c> URLs are reversed unchanged.</remarks>
public class AcceptHeaderVersioning : BaseVersioning
{
    /// <summary>The detail of the 406 for a version that is not allowed.</summary>
    public const string InvalidVersionMessage = "Invalid version in \"Accept\" header.";

    /// <inheritdoc />
    public override string? DetermineVersion(Request request)
    {
        var mediaType = MediaType.Parse(request.AcceptedMediaType);
        var version = mediaType.Parameters.TryGetValue(GetVersionParam(request), out var value) ? value : GetDefaultVersion(request);
        if (!IsAllowedVersion(request, version))
        {
            throw new NotAcceptable(InvalidVersionMessage);
        }
        return version;
    }
}
