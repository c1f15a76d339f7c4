using Microsoft.AspNetCore.Builder;
using RestFramework.Exceptions;
using RestFramework.Metadata;
using RestFramework.Renderers;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Testing;
using RestFramework.Tests.Support;
using RestFramework.Views;

namespace RestFramework.Tests.Views;

public sealed class ApiViewTests
{
    private sealed class HelloView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["hello"] = "world" }));

        protected override ValueTask<Response> PostAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["data"] = request.Data }, 201));
    }

    private sealed class TracedView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(RecordingAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(RecordingPermission)];

        public override IReadOnlyList<Type>? ThrottleTypes => [typeof(RecordingThrottle)];

        public override Type? VersioningType => typeof(RecordingVersioning);

        protected override ValueTask<Response> PostAsync(Request request)
        {
            Recorder.Add(request, "handler");
            try
            {
                _ = request.Data;
            }
            catch (ApiException)
            {
                Recorder.Add(request, "parse");
                throw;
            }
            return ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["version"] = request.Version }));
        }
    }

    private sealed class ProtectedView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(HeaderAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(AuthenticatedOnly)];

        protected override ValueTask<Response> GetAsync(Request request) =>
            ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["user"] = request.User.UserName, ["auth"] = request.Auth }));
    }

    private sealed class ChallengelessView : ApiView
    {
        public override IReadOnlyList<Type>? AuthenticationTypes => [typeof(ChallengelessAuthentication), typeof(HeaderAuthentication)];

        public override IReadOnlyList<Type>? PermissionTypes => [typeof(AuthenticatedOnly)];

        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response("ok"));
    }

    private sealed class DeniedView : ApiView
    {
        public override IReadOnlyList<Type>? PermissionTypes => [typeof(DenyWithMessage)];

        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response("ok"));
    }

    private sealed class ThrottledView : ApiView
    {
        public override IReadOnlyList<Type>? ThrottleTypes => [typeof(ThrottledWithoutWait), typeof(AlwaysThrottled)];

        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response("ok"));
    }

    private sealed class BrokenView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) => throw new InvalidOperationException("secret connection string");
    }

    private sealed class FailingRenderer : IRenderer
    {
        public string MediaType => "application/json";

        public string Format => "json";

        public string? Charset => null;

        public void Render(object? data, RendererContext context, System.Buffers.IBufferWriter<byte> output) =>
            throw new InvalidOperationException("secret render failure");
    }

    private sealed class RenderFailureView : ApiView
    {
        public override IReadOnlyList<Type>? RendererTypes => [typeof(FailingRenderer)];

        protected override ValueTask<Response> GetAsync(Request request)
        {
            var response = new Response("ok");
            response.Headers["X-Custom"] = "1";
            return ValueTask.FromResult(response);
        }
    }

    private sealed class NoMetadataView : ApiView
    {
        public override Type? MetadataType => null;

        public override IReadOnlyList<Type>? RendererTypes => [typeof(JsonRenderer)];

        protected override RestFramework.Settings.RestFrameworkOptions GetOptions(RestFramework.Settings.RestFrameworkOptions defaults) => NoMetadata;

        private static readonly RestFramework.Settings.RestFrameworkOptions NoMetadata = new() { DefaultMetadata = null };

        protected override ValueTask<Response> DeleteAsync(Request request) => ValueTask.FromResult(Response.Empty(204));
    }

    private sealed class StudyPlanView : ApiView
    {
        protected override ValueTask<Response> GetAsync(Request request) => ValueTask.FromResult(new Response(null));
    }

    private static Task<ApiTestHost> Host() => ApiTestHost.StartAsync(e =>
    {
        e.MapView<HelloView>("hello/");
        e.MapView<TracedView>("traced/");
        e.MapView<ProtectedView>("protected/");
        e.MapView<ChallengelessView>("challengeless/");
        e.MapView<DeniedView>("denied/");
        e.MapView<ThrottledView>("throttled/");
        e.MapView<BrokenView>("broken/");
        e.MapView<RenderFailureView>("render-failure/");
        e.MapView<NoMetadataView>("no-metadata/");
        e.MapView<StudyPlanView>("study-plan/");
    });

    [Fact]
    public async Task Get_renders_compact_json_without_charset_and_allow_header()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/hello/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("{\"hello\":\"world\"}", response.Text);
        Assert.Equal("GET, POST, HEAD, OPTIONS", response.Header("Allow"));
        Assert.Equal("17", response.Header("Content-Length"));
    }

    [Fact]
    public async Task Pipeline_runs_negotiation_version_authentication_permissions_throttles_then_handler_then_parse()
    {
        await using var host = await Host();
        using var client = host.CreateClient();
        var trace = Guid.NewGuid().ToString();

        var response = await client.PostAsync("/traced/", "a=1", contentType: "text/plain", headers: new Dictionary<string, string> { ["X-Trace"] = trace });

        Assert.Equal(415, response.StatusCode);
        Assert.Equal(["version:after-negotiation", "authentication", "permission", "throttle", "handler", "parse"], Recorder.For(trace));
    }

    [Fact]
    public async Task Version_is_available_to_the_handler()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/traced/", new { a = 1 }, headers: new Dictionary<string, string> { ["X-Trace"] = "v" });

        Assert.Equal("{\"version\":\"v9\"}", response.Text);
    }

    [Fact]
    public async Task Method_not_implemented_is_405_with_allow_header()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.PutAsync("/hello/", new { });

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("{\"detail\":\"Method \\\"PUT\\\" not allowed.\"}", response.Text);
        Assert.Equal("GET, POST, HEAD, OPTIONS", response.Header("Allow"));
    }

    [Fact]
    public async Task Unknown_method_is_405()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod("TRACE"), "/hello/", null);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("{\"detail\":\"Method \\\"TRACE\\\" not allowed.\"}", response.Text);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.HeadAsync("/hello/");

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.Content);
        Assert.Equal("17", response.Header("Content-Length"));
        Assert.Equal("application/json", response.ContentType);
    }

    [Fact]
    public async Task Options_answers_simple_metadata()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync("/hello/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            "{\"name\":\"Hello\",\"description\":\"\",\"renders\":[\"application/json\",\"text/html\"],\"parses\":[\"application/json\",\"application/x-www-form-urlencoded\",\"multipart/form-data\"]}",
            response.Text);
    }

    [Fact]
    public async Task Options_view_name_splits_camel_case()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync("/study-plan/");

        Assert.Equal("Study Plan", response.Json()!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Options_without_metadata_class_is_405()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync("/no-metadata/");

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("{\"detail\":\"Method \\\"OPTIONS\\\" not allowed.\"}", response.Text);
        Assert.Equal("DELETE, OPTIONS", response.Header("Allow"));
    }

    [Fact]
    public async Task Empty_response_data_has_no_body_and_no_content_type()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.DeleteAsync("/no-metadata/");

        Assert.Equal(204, response.StatusCode);
        Assert.Empty(response.Content);
        Assert.Null(response.ContentType);
    }

    [Fact]
    public async Task Anonymous_request_refused_gets_401_with_first_authenticators_challenge()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/protected/");

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", response.Text);
        Assert.Equal("Test", response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Anonymous_request_refused_gets_403_when_first_authenticator_has_no_challenge()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/challengeless/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", response.Text);
        Assert.Null(response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Authentication_failure_is_401_with_challenge()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/protected/", headers: new Dictionary<string, string> { ["X-User"] = "bad" });

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("{\"detail\":\"Invalid test user.\"}", response.Text);
        Assert.Equal("Test", response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Authenticated_user_and_auth_reach_the_handler()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/protected/", headers: new Dictionary<string, string> { ["X-User"] = "ann" });

        Assert.Equal("{\"user\":\"ann\",\"auth\":\"credential\"}", response.Text);
    }

    [Fact]
    public async Task Refused_without_authenticators_uses_the_permissions_message()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/denied/");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"Custom deny.\"}", response.Text);
    }

    [Fact]
    public async Task Throttled_request_is_429_with_longest_wait_rounded_up()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/throttled/");

        Assert.Equal(429, response.StatusCode);
        Assert.Equal("{\"detail\":\"Request was throttled. Expected available in 13 seconds.\"}", response.Text);
        Assert.Equal("13", response.Header("Retry-After"));
    }

    // Django's server_error page (DEBUG off): the exception leaves DRF before finalize_response, so no Allow or Vary.
    [Theory]
    [InlineData("/broken/")]
    [InlineData("/render-failure/")]
    public async Task Unhandled_exception_is_djangos_500_page_without_leaking_details(string path)
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("text/html", response.ContentType);
        Assert.Equal("<h1>Server Error (500)</h1>", response.Text);
        Assert.Null(response.Header("Allow"));
        Assert.Null(response.Header("Vary"));
        Assert.Null(response.Header("X-Custom"));
    }

    // Django upper-cases the method, so "head" runs the HEAD handler; only "HEAD" itself is sent without a body.
    [Theory]
    [InlineData("HEAD", "")]
    [InlineData("head", "{\"hello\":\"world\"}")]
    [InlineData("get", "{\"hello\":\"world\"}")]
    public async Task Head_in_any_case_is_handled_and_only_head_has_no_body(string method, string body)
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.SendAsync(new HttpMethod(method), "/hello/", null);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(body, response.Text);
        Assert.Equal("17", response.Header("Content-Length"));
    }

    [Fact]
    public async Task Missing_trailing_slash_redirects_permanently()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/hello?x=1");

        Assert.Equal(301, response.StatusCode);
        Assert.Equal("/hello/?x=1", response.Header("Location"));
    }

    [Fact]
    public async Task Data_of_json_post_reaches_the_handler()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/hello/", new { name = "é", n = 1.5 });

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("{\"data\":{\"name\":\"é\",\"n\":1.5}}", response.Text);
    }
}
