// Provides versioning by a query parameter (?version=1.0).
using RestFramework.Exceptions;
using RestFramework.Pagination;
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>DRF's <c>QueryParameterVersioning</c>: the version is the last <c>?version=</c> value.</summary>
/// <remarks>A version that is not allowed gives 404 <c>Invalid version in query parameter.</c> Reversal sets <c>?version=</c> on the URL.</remarks>
public class QueryParameterVersioning : BaseVersioning
{
    /// <summary>The detail of the 404 for a version that is not allowed.</summary>
    public const string InvalidVersionMessage = "Invalid version in query parameter.";

    /// <inheritdoc />
    public override string? DetermineVersion(Request request)
    {
        var values = request.QueryParams[GetVersionParam(request)];
        var version = values.Count > 0 ? values[^1] : GetDefaultVersion(request);
        if (!IsAllowedVersion(request, version))
        {
            throw new NotFound(InvalidVersionMessage);
        }
        return version;
    }

    /// <inheritdoc />
    public override string CompleteReverse(Request request, string url) =>
        request.Version is null ? url : QueryUrls.Replace(url, GetVersionParam(request), request.Version);
}
