using Microsoft.AspNetCore.Builder;
using RestFramework.Testing;

namespace RestFramework.Tests.Generics;

public sealed class GenericApiViewTests
{
    private static Task<ApiTestHost> Host() => ApiTestHost.StartAsync(
        e =>
        {
            e.MapView<NoteListCreateView>("notes/");
            e.MapView<NoteDetailView>("notes/{pk}/");
        },
        services: NotesDb.Register);

    [Fact]
    public async Task List_renders_every_object_as_a_bare_array_without_pagination()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/notes/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            "[{\"id\":1,\"title\":\"Plan\",\"body\":\"Write the plan\",\"rank\":2,\"category\":\"work\"},{\"id\":2,\"title\":\"Shop\",\"body\":\"Buy milk\",\"rank\":1,\"category\":\"home\"},{\"id\":3,\"title\":\"Ship\",\"body\":\"Ship it\",\"rank\":3,\"category\":\"work\"}]",
            response.Text);
        Assert.Equal("GET, POST, HEAD, OPTIONS", response.Header("Allow"));
    }

    [Fact]
    public async Task Create_is_201_with_the_saved_object_and_no_location_without_url_field()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/notes/", new { title = "New", body = "b", rank = 5, category = "home" });

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("{\"id\":4,\"title\":\"New\",\"body\":\"b\",\"rank\":5,\"category\":\"home\"}", response.Text);
        Assert.Null(response.Header("Location"));
    }

    [Fact]
    public async Task Create_with_invalid_data_is_400_and_writes_nothing()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/notes/", new { title = "Plan", rank = "x", category = "nowhere" });
        var list = await client.GetAsync("/notes/");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(
            "{\"title\":[\"note with this title already exists.\"],\"body\":[\"This field is required.\"],\"rank\":[\"A valid integer is required.\"],\"category\":[\"Object with slug=nowhere does not exist.\"]}",
            response.Text);
        Assert.Equal(3, list.Json()!.AsArray().Count);
    }

    [Fact]
    public async Task Retrieve_renders_one_object_and_404s_unknown_or_malformed_keys()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var found = await client.GetAsync("/notes/2/");
        var missing = await client.GetAsync("/notes/99/");
        var malformed = await client.GetAsync("/notes/abc/");

        Assert.Equal("{\"id\":2,\"title\":\"Shop\",\"body\":\"Buy milk\",\"rank\":1,\"category\":\"home\"}", found.Text);
        Assert.Equal((404, "{\"detail\":\"Not found.\"}"), (missing.StatusCode, missing.Text));
        Assert.Equal((404, "{\"detail\":\"Not found.\"}"), (malformed.StatusCode, malformed.Text));
        Assert.Equal("GET, PUT, PATCH, DELETE, HEAD, OPTIONS", found.Header("Allow"));
    }

    // Django prepares an integer key with int(): any script's digits, whitespace and underscores; not 1e0, 2.0 or 0x2.
    [Theory]
    [InlineData("2", 200)]
    [InlineData("02", 200)]
    [InlineData("%2B2", 200)]
    [InlineData("%202", 200)]
    [InlineData("2%C2%A0", 200)]
    [InlineData("%D9%A2", 200)]
    [InlineData("%EF%BC%92", 200)]
    [InlineData("0_2", 200)]
    [InlineData("0__2", 404)]
    [InlineData("%1C2", 404)]
    [InlineData("2e0", 404)]
    [InlineData("0x2", 404)]
    [InlineData("-2", 404)]
    [InlineData("9223372036854775808", 404)]
    public async Task Integer_keys_in_urls_are_read_as_python_int(string key, int status)
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/notes/" + key + "/");

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Put_requires_every_field_and_patch_changes_only_what_is_given()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var put = await client.PutAsync("/notes/1/", new { title = "Plan B" });
        var patch = await client.PatchAsync("/notes/1/", new { title = "Plan B", category = "home" });

        Assert.Equal(400, put.StatusCode);
        Assert.Equal("{\"body\":[\"This field is required.\"],\"rank\":[\"This field is required.\"],\"category\":[\"This field is required.\"]}", put.Text);
        Assert.Equal(200, patch.StatusCode);
        Assert.Equal("{\"id\":1,\"title\":\"Plan B\",\"body\":\"Write the plan\",\"rank\":2,\"category\":\"home\"}", patch.Text);
    }

    [Fact]
    public async Task Destroy_is_204_with_an_empty_body_and_the_object_is_gone()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.DeleteAsync("/notes/3/");
        var after = await client.GetAsync("/notes/3/");

        Assert.Equal(204, response.StatusCode);
        Assert.Empty(response.Content);
        Assert.Null(response.ContentType);
        Assert.Equal(404, after.StatusCode);
    }

    [Fact]
    public async Task Options_describes_the_writable_fields_for_post()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync("/notes/");

        Assert.Equal(
            "{\"name\":\"Note List Create\",\"description\":\"\",\"renders\":[\"application/json\",\"text/html\"],\"parses\":[\"application/json\",\"application/x-www-form-urlencoded\",\"multipart/form-data\"],\"actions\":{\"POST\":{"
            + "\"id\":{\"type\":\"integer\",\"required\":false,\"read_only\":true,\"label\":\"ID\"},"
            + "\"title\":{\"type\":\"string\",\"required\":true,\"read_only\":false,\"label\":\"Title\",\"max_length\":50},"
            + "\"body\":{\"type\":\"string\",\"required\":true,\"read_only\":false,\"label\":\"Body\"},"
            + "\"rank\":{\"type\":\"integer\",\"required\":true,\"read_only\":false,\"label\":\"Rank\"},"
            + "\"category\":{\"type\":\"field\",\"required\":true,\"read_only\":false,\"label\":\"Category\"}}}}",
            response.Text);
    }

    // A JSON body that is not an object, as DRF's serializers answer it.
    [Theory]
    [InlineData("POST", "/notes/", "null", 400, "{\"non_field_errors\":[\"No data provided\"]}")]
    [InlineData("PATCH", "/notes/1/", "null", 400, "{\"non_field_errors\":[\"No data provided\"]}")]
    [InlineData("PUT", "/notes/1/", "null", 400, "{\"non_field_errors\":[\"No data provided\"]}")]
    [InlineData("POST", "/notes/", "[]", 400, "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}")]
    [InlineData("PATCH", "/notes/1/", "7", 400, "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got int.\"]}")]
    [InlineData("PATCH", "/notes/1/", "", 200, "{\"id\":1,\"title\":\"Plan\",\"body\":\"Write the plan\",\"rank\":2,\"category\":\"work\"}")]
    public async Task Bodies_that_are_not_objects_fail_as_in_drf(string method, string path, string body, int status, string expected)
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = method switch
        {
            "POST" => await client.PostAsync(path, body, contentType: "application/json"),
            "PUT" => await client.PutAsync(path, body, contentType: "application/json"),
            _ => await client.PatchAsync(path, body, contentType: "application/json"),
        };

        Assert.Equal((status, expected), (response.StatusCode, response.Text));
    }
}
