using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Parsers;

/// <summary>Echoes <c>Request.Data</c>, the multi-valued form and the uploaded files.</summary>
public sealed class EchoView : ApiView
{
    protected override ValueTask<Response> PostAsync(Request request)
    {
        var data = request.Data;
        var files = request.Files.Select(f => new Dictionary<string, object?>
        {
            ["field"] = f.Name,
            ["name"] = f.FileName,
            ["size"] = f.Length,
            ["content"] = new StreamReader(f.OpenReadStream()).ReadToEnd(),
        }).ToList();
        var form = request.Form?.ToDictionary(p => p.Key, p => (object?)p.Value.ToArray());
        return ValueTask.FromResult(new Response(new Dictionary<string, object?>
        {
            ["data"] = data is JsonObject o ? Strip(o) : data,
            ["form"] = form,
            ["files"] = files,
        }));
    }

    // Files are reported under "files"; drop them from the echoed data.
    private static JsonObject Strip(JsonObject data)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in data)
        {
            copy[key] = value is JsonValue v && v.TryGetValue<Microsoft.AspNetCore.Http.IFormFile>(out _) ? "<file>" : value?.DeepClone();
        }
        return copy;
    }

    public static Task<ApiTestHost> HostAsync(Action<RestFramework.Settings.RestFrameworkOptions>? options = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) =>
        ApiTestHost.StartAsync(e => e.MapView<EchoView>("echo/"), options, services);
}
