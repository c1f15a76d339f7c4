// Provides the settings of the OpenAPI document: its title, description, version and where it is served.

namespace RestFramework.Schemas;

/// <summary>What <see cref="SchemaGenerator"/> writes in the document's <c>info</c>, and the paths <c>MapOpenApiDocument</c> serves.</summary>
public sealed class OpenApiDocumentSettings
{
    /// <summary>The API's title. Defaults to <c>API</c>.</summary>
    public string Title { get; set; } = "API";

    /// <summary>The API's description. Defaults to none.</summary>
    public string? Description { get; set; }

    /// <summary>The document's version when the request names no API version. Defaults to <c>1.0.0</c>.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>The path prefix of the documents: <c>{Path}.json</c>, <c>{Path}.yaml</c> and <c>{Path}/{version}.json</c>. Defaults to <c>openapi</c>.</summary>
    public string Path { get; set; } = "openapi";

    /// <summary>The path of the interactive reference page (Scalar), or null for none. Defaults to <c>api-reference</c>.</summary>
    public string? ReferencePath { get; set; } = "api-reference";
}
