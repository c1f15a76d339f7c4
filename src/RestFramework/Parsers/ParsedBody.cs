// Provides the result of parsing a request body: data, form fields and uploaded files.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RestFramework.Parsers;

/// <summary>A parsed body: <see cref="Data"/> is what <c>Request.Data</c> returns.</summary>
/// <param name="Data">The data: a JSON value, or for forms an object of the last value of each key (files included).</param>
/// <param name="Form">For form bodies, every value of every key (DRF's QueryDict); null otherwise.</param>
/// <param name="Files">The uploaded files; empty when there are none.</param>
public sealed record ParsedBody(JsonNode? Data, IFormCollection? Form, IFormFileCollection Files)
{
    /// <summary>No files.</summary>
    public static IFormFileCollection NoFiles { get; } = new FormFileCollection();
}
