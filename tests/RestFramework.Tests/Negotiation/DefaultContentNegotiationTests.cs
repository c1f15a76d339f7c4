using System.Buffers;
using Microsoft.AspNetCore.Builder;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Negotiation;

public sealed class DefaultContentNegotiationTests
{
    public sealed class HtmlRenderer : IRenderer
    {
        public string MediaType => "text/html";

        public string Format => "api";

        public string? Charset => "utf-8";

        public void Render(object? data, RendererContext context, IBufferWriter<byte> output) =>
            output.Write("<html></html>"u8);
    }

    public sealed class VendorRenderer : IRenderer
    {
        public string MediaType => "application/vnd.test+json; version=2";

        public string Format => "vnd";

        public string? Charset => null;

        public void Render(object? data, RendererContext context, IBufferWriter<byte> output) => output.Write("\"vnd\""u8);
    }

    private sealed class MediaView : ApiView
    {
        public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer), typeof(HtmlRenderer), typeof(VendorRenderer)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["accepted"] = request.AcceptedMediaType }));
    }

    private static async Task<(ApiResponse Response, ApiTestHost Host)> GetAsync(string path, string? accept)
    {
        var host = await ApiTestHost.StartAsync(e => e.MapView<MediaView>("media/"));
        using var client = host.CreateClient();
        var headers = accept is null ? null : new Dictionary<string, string> { ["Accept"] = accept };
        return (await client.GetAsync(path, headers: headers), host);
    }

    // Accept header → content type chosen and accepted media type seen by the view (DRF's DefaultContentNegotiation).
    [Theory]
    [InlineData(null, "application/json", "{\"accepted\":\"application/json\"}")]
    [InlineData("*/*", "application/json", "{\"accepted\":\"application/json\"}")]
    [InlineData("*/*;q=0.8", "application/json", "{\"accepted\":\"application/json;q=0.8\"}")]
    [InlineData("text/html", "text/html; charset=utf-8", "<html></html>")]
    [InlineData("text/*", "text/html; charset=utf-8", "<html></html>")]
    [InlineData("application/json;q=0.1, text/html;q=0.9", "application/json", "{\"accepted\":\"application/json; q=0.1\"}")]
    [InlineData("text/html, application/json", "application/json", "{\"accepted\":\"application/json\"}")]
    [InlineData("text/*, application/json", "application/json", "{\"accepted\":\"application/json\"}")]
    [InlineData("application/json; indent=2", "application/json", "{\n  \"accepted\": \"application/json; indent=2\"\n}")]
    [InlineData("application/vnd.test+json; version=2", "application/vnd.test+json; version=2", "\"vnd\"")]
    [InlineData("application/vnd.test+json", "application/json", null)]
    public async Task Accept_header_selects_renderer_by_specificity_then_renderer_order(string? accept, string contentType, string? body)
    {
        var (response, host) = await GetAsync("/media/", accept);
        await using var _ = host;

        if (body is null)
        {
            Assert.Equal(406, response.StatusCode);
            Assert.Equal("{\"detail\":\"Could not satisfy the request Accept header.\"}", response.Text);
            return;
        }
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(contentType, response.ContentType);
        Assert.Equal(body, response.Text);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/xml, text/plain")]
    public async Task Unsatisfiable_accept_is_406_rendered_with_the_first_renderer(string accept)
    {
        var (response, host) = await GetAsync("/media/", accept);
        await using var _ = host;

        Assert.Equal(406, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("{\"detail\":\"Could not satisfy the request Accept header.\"}", response.Text);
    }

    [Fact]
    public async Task Format_query_parameter_overrides_accept()
    {
        var (response, host) = await GetAsync("/media/?format=api", "*/*");
        await using var _ = host;

        Assert.Equal("text/html; charset=utf-8", response.ContentType);
    }

    [Fact]
    public async Task Format_query_parameter_still_requires_a_matching_accept()
    {
        var (response, host) = await GetAsync("/media/?format=api", "application/json");
        await using var _ = host;

        Assert.Equal(406, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_format_is_404()
    {
        var (response, host) = await GetAsync("/media/?format=xml", null);
        await using var _ = host;

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("{\"detail\":\"Not found.\"}", response.Text);
    }

    [Fact]
    public async Task Several_renderers_add_vary_accept()
    {
        var (response, host) = await GetAsync("/media/", null);
        await using var _ = host;

        Assert.Equal("Accept", response.Header("Vary"));
    }

    [Fact]
    public void Empty_accept_header_matches_nothing()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers.Accept = string.Empty;
        var request = new Request(context, new RestFramework.Settings.RestFrameworkOptions(), [], [], new RestFramework.Negotiation.DefaultContentNegotiation());

        Assert.Throws<RestFramework.Exceptions.NotAcceptable>(() =>
            request.Negotiator.SelectRenderer(request, [new JsonRenderer()], null));
    }
}
