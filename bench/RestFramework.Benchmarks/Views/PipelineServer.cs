// Provides a loopback server with the pipeline benchmark's two endpoints, for load tests with wrk (bench/load/pipeline.sh).
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.Benchmarks.Views;

/// <summary>Serves <c>/minimal/</c> (a minimal API) and <c>/view/</c> (an ApiView), both returning <c>{"hello":"world"}</c>.</summary>
internal static class PipelineServer
{
    public static async Task RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        builder.Services.AddRestFramework();
        var app = builder.Build();
        app.MapGet("/minimal/", () => new PipelineBenchmarks.Hello("world"));
        app.MapView<HelloView>("/view/");
        await app.RunAsync();
    }

    private sealed class HelloView : ApiView
    {
        private static readonly Dictionary<string, object?> Body = new() { ["hello"] = "world" };

        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response(Body));
    }
}
