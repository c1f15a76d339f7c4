// Provides the route name that links the browsable API to the interactive API reference.

namespace RestFramework.BrowsableApi;

/// <summary>The navbar shows "API reference" when an endpoint with <see cref="ReferenceRouteName"/> is mapped.</summary>
internal static class OpenApiLink
{
    public const string ReferenceRouteName = "restframework:api-reference";
}
