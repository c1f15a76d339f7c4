// Provides the conversion of form fields and files into the JSON shape of Request.Data.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RestFramework.Parsers;

/// <summary>Builds <c>Request.Data</c> for form bodies: each key maps to its last value, as a QueryDict renders.</summary>
internal static class FormData
{
    public static JsonObject ToJson(IFormCollection form, IFormFileCollection? files)
    {
        var data = new JsonObject();
        foreach (var (key, values) in form)
        {
            data[key] = values.Count == 0 ? string.Empty : values[^1];
        }
        if (files is not null)
        {
            foreach (var file in files)
            {
                data[file.Name] = JsonValue.Create(file);
            }
        }
        return data;
    }
}
