// Measures the cost of the ApiView pipeline for a trivial view against a minimal API endpoint doing the same work.
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Settings;
using RestFramework.Views;

namespace RestFramework.Benchmarks.Views;

/// <summary>GET of <c>{"hello":"world"}</c>: RestFramework's full pipeline (negotiation, authentication, permissions, throttles, rendering) versus a minimal API delegate.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private IServiceProvider _services = null!;
    private RequestDelegate _minimalApi = null!;
    private RequestDelegate _apiView = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddRestFramework();
        services.AddSingleton(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        _services = services.BuildServiceProvider();
        _minimalApi = RequestDelegateFactory.Create(() => new Hello("world"), new RequestDelegateFactoryOptions { ServiceProvider = _services }).RequestDelegate;
        _apiView = ViewHandler.Create(typeof(HelloView), _services.GetRequiredService<IOptions<RestFrameworkOptions>>(), trailingSlash: true).InvokeAsync;
    }

    [Benchmark(Baseline = true)]
    public Task MinimalApi() => _minimalApi(NewContext());

    [Benchmark]
    public Task ApiView() => _apiView(NewContext());

    private DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/hello/";
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = Stream.Null;
        return context;
    }

    /// <summary>The minimal API's result.</summary>
    public sealed record Hello(string hello);

    private sealed class HelloView : ApiView
    {
        private static readonly Dictionary<string, object?> Body = new() { ["hello"] = "world" };

        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response(Body));
    }
}
