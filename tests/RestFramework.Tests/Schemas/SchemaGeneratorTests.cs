using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using RestFramework.Authentication;
using RestFramework.Filters;
using RestFramework.Pagination;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.Tests.Generics;

namespace RestFramework.Tests.Schemas;

public sealed class SchemaGeneratorTests
{
    private static Task<ApiTestHost> Host(Action<RestFramework.Settings.RestFrameworkOptions>? options = null) => ApiTestHost.StartAsync(
        e =>
        {
            e.MapRouter("api", new DefaultRouter()
                .Register<NoteViewSet>("notes", "note")
                .Register<CategoryViewSet>("categories", "category")
                .Register<GuardedNoteViewSet>("guarded", "guarded"));
            e.MapOpenApiDocument(s => s.Title = "Notes API");
        },
        o =>
        {
            o.DefaultPagination = typeof(PageNumberPagination);
            o.PageSize = 2;
            o.DefaultAuthentication = [typeof(TokenAuthentication), typeof(SessionAuthentication)];
            options?.Invoke(o);
        },
        NotesDb.Register);

    private static async Task<OpenApiDocument> ReadAsync(ApiClient client, string path, string format)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(200, response.StatusCode);
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = new MemoryStream(response.Content);
        var result = await OpenApiDocument.LoadAsync(stream, format, settings);
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        return result.Document!;
    }

    [Theory]
    [InlineData("/openapi.json", "json")]
    [InlineData("/openapi.yaml", "yaml")]
    public async Task Document_is_served_as_json_and_yaml_and_reads_without_errors(string path, string format)
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var document = await ReadAsync(client, path, format);

        Assert.Equal("Notes API", document.Info.Title);
        Assert.Equal("1.0.0", document.Info.Version);
    }

    [Fact]
    public async Task Every_route_and_method_of_the_router_is_present()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var document = await ReadAsync(client, "/openapi.json", "json");
        var operations = document.Paths.SelectMany(p => p.Value.Operations!.Select(o => $"{o.Key.Method} {p.Key} {o.Value.OperationId}")).Order().ToList();

        Assert.Equal(
            new[]
            {
                "DELETE /api/guarded/{pk}/ destroyNote2",
                "DELETE /api/notes/{pk}/ destroyNote",
                "GET /api/categories/ listCategorys",
                "GET /api/categories/{slug}/ retrieveCategory",
                "GET /api/guarded/ listNotes2",
                "GET /api/guarded/{pk}/ retrieveNote2",
                "GET /api/notes/ listNotes",
                "GET /api/notes/{pk}/ retrieveNote",
                "PATCH /api/categories/{slug}/ partialUpdateCategory",
                "PATCH /api/guarded/{pk}/ partialUpdateNote2",
                "PATCH /api/notes/{pk}/ partialUpdateNote",
                "POST /api/categories/ createCategory",
                "POST /api/guarded/ createNote2",
                "POST /api/notes/ createNote",
                "PUT /api/categories/{slug}/ updateCategory",
                "PUT /api/guarded/{pk}/ updateNote2",
                "PUT /api/notes/{pk}/ updateNote",
            }.Order(),
            operations);
        Assert.DoesNotContain(document.Paths.Keys, p => p.Contains("format", StringComparison.Ordinal) || p == "/api/");
    }

    [Fact]
    public async Task Component_schemas_match_the_serializer_fields()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var document = await ReadAsync(client, "/openapi.json", "json");
        var note = document.Components!.Schemas!["Note"];

        Assert.Equal(["id", "title", "body", "rank", "category"], note.Properties!.Keys);
        Assert.Equal(["body", "category", "rank", "title"], note.Required!.Order());
        Assert.Equal((JsonSchemaType.Integer, true), (note.Properties["id"].Type!.Value, note.Properties["id"].ReadOnly));
        Assert.Equal((JsonSchemaType.String, 50), (note.Properties["title"].Type!.Value, note.Properties["title"].MaxLength!.Value));
        Assert.Equal(JsonSchemaType.Integer, note.Properties["rank"].Type);
        Assert.Equal(JsonSchemaType.String, note.Properties["category"].Type);
        Assert.Equal((JsonSchemaType.String, 20), (document.Components.Schemas["Category"].Properties!["slug"].Type!.Value, document.Components.Schemas["Category"].Properties!["slug"].MaxLength!.Value));
    }

    [Fact]
    public async Task Operations_reference_the_serializer_and_lists_use_the_paginated_envelope()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var document = await ReadAsync(client, "/openapi.json", "json");
        var list = document.Paths["/api/notes/"].Operations![HttpMethod.Get];
        var create = document.Paths["/api/notes/"].Operations![HttpMethod.Post];
        var destroy = document.Paths["/api/notes/{pk}/"].Operations![HttpMethod.Delete];
        var envelope = list.Responses!["200"].Content!["application/json"].Schema!;

        Assert.Equal(["count", "next", "previous", "results"], envelope.Properties!.Keys);
        Assert.Equal(JsonSchemaType.Array, envelope.Properties["results"].Type);
        Assert.Equal("Note", ((OpenApiSchemaReference)envelope.Properties["results"].Items!).Reference.Id);
        Assert.Equal(["page"], list.Parameters!.Select(p => p.Name));
        Assert.Equal(["application/json", "application/x-www-form-urlencoded", "multipart/form-data"], create.RequestBody!.Content!.Keys);
        Assert.Equal("Note", ((OpenApiSchemaReference)create.Responses!["201"].Content!["application/json"].Schema!).Reference.Id);
        Assert.Equal(["204"], destroy.Responses!.Keys);
        Assert.Equal(["pk"], destroy.Parameters!.Select(p => p.Name));
    }

    [Fact]
    public async Task Filter_parameters_come_from_the_filter_backends()
    {
        await using var host = await Host(o => o.DefaultFilterBackends = [typeof(SearchFilter), typeof(OrderingFilter)]);
        using var client = host.CreateClient();

        var document = await ReadAsync(client, "/openapi.json", "json");

        Assert.Equal(["page", "search", "ordering"], document.Paths["/api/guarded/"].Operations![HttpMethod.Get].Parameters!.Select(p => p.Name));
        Assert.DoesNotContain(document.Paths["/api/guarded/{pk}/"].Operations![HttpMethod.Get].Parameters!, p => p.In == ParameterLocation.Query);
    }

    [Fact]
    public async Task Authentication_classes_become_security_schemes()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var document = await ReadAsync(client, "/openapi.json", "json");
        var schemes = document.Components!.SecuritySchemes!;

        Assert.Equal(["cookieAuth", "tokenAuth"], schemes.Keys.Order());
        Assert.Equal((SecuritySchemeType.ApiKey, ParameterLocation.Header, "Authorization"), (schemes["tokenAuth"].Type!.Value, schemes["tokenAuth"].In!.Value, schemes["tokenAuth"].Name));
        Assert.Equal((ParameterLocation.Cookie, "sessionid"), (schemes["cookieAuth"].In!.Value, schemes["cookieAuth"].Name));
        Assert.Equal(2, document.Paths["/api/notes/"].Operations![HttpMethod.Get].Security!.Count);
    }

    [Fact]
    public async Task One_document_per_allowed_version_and_404_for_others()
    {
        await using var host = await Host(o => o.AllowedVersions = ["v1", "v2"]);
        using var client = host.CreateClient();

        var v2 = await ReadAsync(client, "/openapi/v2.json", "json");
        var yaml = await client.GetAsync("/openapi/v1.yaml");
        var missing = await client.GetAsync("/openapi/v3.json");

        Assert.Equal("v2", v2.Info.Version);
        Assert.Equal(200, yaml.StatusCode);
        Assert.StartsWith("openapi: ", Encoding.UTF8.GetString(yaml.Content));
        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public async Task Version_documents_write_the_version_into_paths_and_declare_no_version_parameter()
    {
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapRouter("api/{version}", new DefaultRouter().Register<NoteViewSet>("notes", "note"));
                e.MapOpenApiDocument();
            },
            o =>
            {
                o.DefaultVersioning = typeof(RestFramework.Versioning.UrlPathVersioning);
                o.AllowedVersions = ["v1", "v2"];
            },
            NotesDb.Register);
        using var client = host.CreateClient();

        var v1 = await ReadAsync(client, "/openapi/v1.json", "json");
        var all = await ReadAsync(client, "/openapi.json", "json");

        Assert.Empty(v1.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal(["/api/v1/notes/", "/api/v1/notes/{pk}/"], v1.Paths.Keys);
        Assert.Equal(["pk"], v1.Paths["/api/v1/notes/{pk}/"].Operations![HttpMethod.Get].Parameters!.Where(p => p.In == ParameterLocation.Path).Select(p => p.Name));
        Assert.Empty(all.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal(["version", "pk"], all.Paths["/api/{version}/notes/{pk}/"].Operations![HttpMethod.Get].Parameters!.Where(p => p.In == ParameterLocation.Path).Select(p => p.Name));
    }

    [Fact]
    public async Task Reference_page_is_served_locally_and_linked_from_the_browsable_api()
    {
        // Token authentication only: this host registers no ASP.NET Core authentication services for SessionAuthentication.
        await using var host = await Host(o => o.DefaultAuthentication = [typeof(TokenAuthentication)]);
        using var client = host.CreateClient();

        var page = await client.GetAsync("/api-reference/");
        var browsable = await client.GetAsync("/api/notes/", headers: new Dictionary<string, string> { ["Accept"] = "text/html" });

        Assert.Equal(200, page.StatusCode);
        Assert.Equal(200, browsable.StatusCode);
        Assert.Contains("\"url\":\"openapi.json\"", page.Text);
        Assert.Contains("<script src=\"scalar.js\">", page.Text);
        Assert.DoesNotContain("cdn.jsdelivr.net", page.Text);
        Assert.Contains("id=\"api-reference\" href=\"/api-reference/index\"", browsable.Text);
    }
}
