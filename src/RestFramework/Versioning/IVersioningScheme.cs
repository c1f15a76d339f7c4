// Provides pluggable API versioning.
using RestFramework.Requests;

namespace RestFramework.Versioning;

/// <summary>A versioning scheme: reads the version from the request, before authentication.</summary>
public interface IVersioningScheme
{
    /// <summary>The version the request asks for, or the default; throws <c>NotFound</c> or <c>NotAcceptable</c> for a version that is not allowed.</summary>
    string? DetermineVersion(Request request);
}
