using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Renderers;
using RestFramework.Settings;
using RestFramework.Testing;

namespace RestFramework.Tests.Settings;

public sealed class RestFrameworkOptionsTests
{
    [Fact]
    public void Defaults_mirror_drf()
    {
        var options = new RestFrameworkOptions();

        Assert.Equal([typeof(JsonRenderer), typeof(RestFramework.BrowsableApi.BrowsableApiRenderer)], options.DefaultRenderers);
        Assert.Equal([typeof(JsonParser), typeof(FormParser), typeof(MultiPartParser)], options.DefaultParsers);
        Assert.Equal([typeof(AllowAny)], options.DefaultPermissions);
        Assert.Empty(options.DefaultThrottles);
        Assert.Null(options.DefaultPagination);
        Assert.Null(options.PageSize);
        Assert.Null(options.DefaultVersioning);
        Assert.Equal("search", options.SearchParam);
        Assert.Equal("ordering", options.OrderingParam);
        Assert.Equal("version", options.VersionParam);
        Assert.Equal("non_field_errors", options.NonFieldErrorsKey);
        Assert.Equal("format", options.UrlFormatOverride);
        Assert.Equal("url", options.UrlFieldName);
        Assert.True(options.CoerceDecimalToString);
        Assert.Null(options.DefaultThrottleRates["anon"]);
        Assert.Null(options.DefaultThrottleRates["user"]);
    }

    [Fact]
    public void Settings_bind_from_the_restframework_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RestFramework:PageSize"] = "10",
            ["RestFramework:DefaultThrottleRates:anon"] = "1000/day",
            ["RestFramework:NumProxies"] = "0",
            ["RestFramework:AllowedVersions:0"] = "v1",
            ["RestFramework:AllowedVersions:1"] = "v2",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRestFramework(o => o.SearchParam = "q");

        var options = services.BuildServiceProvider().GetRequiredService<IOptions<RestFrameworkOptions>>().Value;

        Assert.Equal(10, options.PageSize);
        Assert.Equal("1000/day", options.DefaultThrottleRates["anon"]);
        Assert.Equal(0, options.NumProxies);
        Assert.Equal(["v1", "v2"], options.AllowedVersions);
        Assert.Equal("q", options.SearchParam);
        Assert.Equal([typeof(JsonRenderer), typeof(RestFramework.BrowsableApi.BrowsableApiRenderer)], options.DefaultRenderers);
    }

    [Theory]
    [InlineData("renderer", "DRF001: RestFramework:DefaultRenderers names System.String")]
    [InlineData("no-renderer", "DRF002")]
    [InlineData("body", "DRF003")]
    [InlineData("page", "DRF004")]
    public async Task Invalid_settings_fail_at_start_with_their_id(string problem, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ApiTestHost.StartAsync(_ => { }, o =>
        {
            switch (problem)
            {
                case "renderer":
                    o.DefaultRenderers.Add(typeof(string));
                    break;
                case "no-renderer":
                    o.DefaultRenderers.Clear();
                    break;
                case "body":
                    o.MaxRequestBodySize = 0;
                    break;
                case "page":
                    o.PageSize = 0;
                    break;
            }
        }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
