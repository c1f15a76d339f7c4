using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.BrowsableApi;
using RestFramework.Pagination;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.Tests.Generics;
using RestFramework.Tests.Support;

namespace RestFramework.Tests.BrowsableApi;

public sealed class BrowsableApiRendererTests
{
    private static readonly Dictionary<string, string> Html = new() { ["Accept"] = "text/html" };

    private static Task<ApiTestHost> Host(Action<RestFramework.Settings.RestFrameworkOptions>? options = null) => ApiTestHost.StartAsync(
        e =>
        {
            e.MapView<EvilView>("evil/");
            e.MapView<EvilFormView>("evil-form/");
            e.MapView<NoteListCreateView>("notes/");
            e.MapView<NoteDetailView>("notes/{pk}/");
            e.MapRouter("api", new DefaultRouter().Register<GuardedNoteViewSet>("guarded", "guarded").Register<NoteViewSet>("notes", "note").Register<MenuViewSet>("menu", "menu"));
            e.MapBrowsableApiAssets();
        },
        options,
        NotesDb.Register);

    private static void AssertNoRawScript(string html)
    {
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>name</b>", html);
        Assert.DoesNotContain("href=\"javascript:", html);
    }

    [Fact]
    public async Task Renderer_declares_drf_media_type_format_and_charset()
    {
        var renderer = new BrowsableApiRenderer();

        Assert.Equal(("text/html", "api", "utf-8"), (renderer.MediaType, renderer.Format, renderer.Charset));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_brand_is_the_projects_by_default()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var page = await client.GetAsync("/notes/", headers: Html);

        Assert.Contains("<title>Note List Create – RestFramework</title>", page.Text);
        Assert.Contains("<header class=\"navbar\"><span class=\"brand\">RestFramework</span>", page.Text);
        Assert.DoesNotContain("Django REST framework", page.Text);
    }

    [Fact]
    public async Task The_brand_and_its_link_come_from_the_settings_escaped()
    {
        await using var host = await Host(o => (o.BrowsableApiBrand, o.BrowsableApiBrandUrl) = ("Acme <API>", "https://acme.example/?a=1&b=2"));
        using var client = host.CreateClient();

        var page = await client.GetAsync("/notes/", headers: Html);

        Assert.Contains("<title>Note List Create – Acme &lt;API&gt;</title>", page.Text);
        Assert.Contains("<a class=\"brand\" rel=\"nofollow\" href=\"https://acme.example/?a=1&amp;b=2\">Acme &lt;API&gt;</a>", page.Text);
    }

    [Fact]
    public async Task Accept_text_html_gets_the_page_and_json_stays_json_with_vary_accept()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var page = await client.GetAsync("/notes/", headers: Html);
        var json = await client.GetAsync("/notes/");

        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.StartsWith("<!DOCTYPE html>", page.Text);
        Assert.Equal("application/json", json.ContentType);
        Assert.StartsWith("[{", json.Text);
        Assert.Equal("Accept", json.Header("Vary"));
        Assert.Equal("Accept", page.Header("Vary"));
    }

    [Fact]
    public async Task Format_api_query_selects_the_page()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/notes/?format=api");

        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Contains("<h1>Note List Create</h1>", response.Text);
    }

    [Fact]
    public async Task Page_shows_request_line_status_headers_and_json_indented_by_four()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/notes/1/", headers: Html)).Text;

        Assert.Contains("<b>GET</b> /notes/1/", text);
        Assert.Contains("<b>HTTP 200 OK</b>", text);
        Assert.Contains("<b>Allow:</b> <span class=\"lit\">GET, PUT, PATCH, DELETE, HEAD, OPTIONS</span>", text);
        Assert.Contains("<b>Content-Type:</b> <span class=\"lit\">application/json</span>", text);
        Assert.Contains("<b>Vary:</b> <span class=\"lit\">Accept</span>", text);
        Assert.Contains("{\n    <span class=\"key\">&quot;id&quot;</span>: <span class=\"num\">1</span>,", text);
        Assert.Contains("<span class=\"str\">&quot;Plan&quot;</span>", text);
    }

    [Fact]
    public async Task Every_value_shown_is_escaped()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/evil/", headers: Html)).Text;

        AssertNoRawScript(text);
        Assert.Contains("<h1>Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#x27;</h1>", text);
        Assert.Contains("Description &lt;script&gt;", text);
        Assert.Contains("<b>X-Evil:</b> <span class=\"lit\">&lt;script&gt;", text);
        Assert.Contains("<span class=\"key\">&quot;&lt;script&gt;alert(\\&quot;x\\&quot;)&lt;/script&gt;&#x27;&quot;</span>", text);
        Assert.Contains("<a href=\"http://testserver/evil/\" rel=\"nofollow\">http://testserver/evil/</a>", text);
        Assert.DoesNotContain("<a href=\"http://testserver/x", text);
    }

    [Fact]
    public async Task Field_names_labels_help_text_and_choices_are_escaped_in_forms()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/evil-form/", headers: Html)).Text;

        AssertNoRawScript(text);
        Assert.Contains("name=\"&lt;b&gt;name&lt;/b&gt;\"", text);
        Assert.Contains(">Label &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#x27;", text);
        Assert.Contains("<span class=\"help-block\">Help &lt;script&gt;", text);
        Assert.Contains("<option value=\"a&quot;b\">Display &lt;script&gt;", text);
    }

    [Fact]
    public async Task Failed_form_submit_shows_submitted_values_and_escaped_errors_inline()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.PostAsync(
            "/evil-form/", new Dictionary<string, string> { ["<b>name</b>"] = "\"><script>x</script>", ["kind"] = "a\"b" }, format: "form", headers: Html);

        Assert.Equal(400, response.StatusCode);
        AssertNoRawScript(response.Text);
        Assert.DoesNotContain("<script>x", response.Text);
        Assert.Contains("<div class=\"form-group has-error\">", response.Text);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"", response.Text);
        Assert.Contains("<span class=\"help-block error\">Error &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#x27;</span>", response.Text);
        Assert.Contains("<option value=\"a&quot;b\" selected>", response.Text);
    }

    [Fact]
    public async Task Urls_in_the_request_line_and_breadcrumbs_are_escaped()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/evil/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", headers: Html)).Text;

        Assert.DoesNotContain("<script>alert(1)", text);
        Assert.Contains("/evil/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", text);
    }

    [Fact]
    public async Task Post_form_is_generated_from_the_serializer_with_inputs_per_field_type()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/notes/", headers: Html)).Text;

        Assert.Contains("id=\"post-form\"", text);
        Assert.Contains("<input class=\"form-control\" type=\"text\" name=\"title\" id=\"id_title\" value=\"\" maxlength=\"50\">", text);
        Assert.Contains("<textarea class=\"form-control\" rows=\"4\" name=\"body\" id=\"id_body\"></textarea>", text);
        Assert.Contains("<input class=\"form-control\" type=\"number\" name=\"rank\" id=\"id_rank\" value=\"\">", text);
        Assert.Contains("<select class=\"form-control\" name=\"category\" id=\"id_category\"><option value=\"work\">", text);
        Assert.Contains("name=\"csrfmiddlewaretoken\"", text);
        Assert.Contains("id=\"raw-post-form\"", text);
        Assert.DoesNotContain("id=\"put-form\"", text);
        Assert.DoesNotContain("name=\"id\"", text);
    }

    [Fact]
    public async Task Detail_page_has_a_put_form_with_current_values_and_delete_and_options_buttons()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/notes/1/", headers: Html)).Text;

        Assert.Contains("id=\"put-form\"", text);
        Assert.Contains("name=\"title\" id=\"id_title\" value=\"Plan\"", text);
        Assert.Contains("<option value=\"work\" selected>", text);
        Assert.Contains("data-method=\"PATCH\"", text);
        Assert.Contains("id=\"delete-button\"", text);
        Assert.Contains("id=\"options-button\"", text);
        Assert.DoesNotContain("id=\"post-form\"", text);
    }

    [Fact]
    public async Task Forms_follow_permissions_anonymous_users_get_no_write_forms()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var list = (await client.GetAsync("/api/guarded/", headers: Html)).Text;
        var detail = (await client.GetAsync("/api/guarded/1/", headers: Html)).Text;

        Assert.DoesNotContain("id=\"post-form\"", list);
        Assert.DoesNotContain("id=\"raw-post-form\"", list);
        Assert.DoesNotContain("id=\"put-form\"", detail);
        Assert.DoesNotContain("id=\"delete-button\"", detail);
        Assert.Contains("id=\"options-button\"", detail);
    }

    [Fact]
    public async Task Forms_follow_permissions_staff_gets_them_but_not_on_an_object_it_may_not_touch()
    {
        await using var host = await Host();
        using var client = host.CreateClient().ForceAuthenticate(new TestUser(1, "admin", IsStaff: true));

        var list = (await client.GetAsync("/api/guarded/", headers: Html)).Text;
        var allowed = (await client.GetAsync("/api/guarded/1/", headers: Html)).Text;
        var refused = (await client.GetAsync("/api/guarded/3/", headers: Html)).Text;

        Assert.Contains("id=\"post-form\"", list);
        Assert.Contains("id=\"put-form\"", allowed);
        Assert.Contains("id=\"delete-button\"", allowed);
        Assert.DoesNotContain("id=\"put-form\"", refused);
        Assert.DoesNotContain("id=\"delete-button\"", refused);
    }

    [Fact]
    public async Task No_content_is_sent_as_200_with_the_page_showing_204()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.DeleteAsync("/evil/", headers: Html);

        Assert.Equal(200, response.StatusCode);
        Assert.Contains("<b>HTTP 204 No Content</b>", response.Text);
    }

    [Fact]
    public async Task No_content_stays_204_for_json()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.DeleteAsync("/evil/");

        Assert.Equal(204, response.StatusCode);
        Assert.Empty(response.Content);
    }

    [Fact]
    public async Task Breadcrumbs_name_each_prefix_that_routes_to_a_view()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/api/notes/2/", headers: Html)).Text;

        Assert.Contains(
            "<ul class=\"breadcrumb\"><li><a href=\"/api/\">Api Root</a></li><li><a href=\"/api/notes/\">Note List</a></li><li class=\"active\" aria-current=\"page\"><a href=\"/api/notes/2/\">Note Instance</a></li></ul>",
            text);
    }

    private sealed class CatalogueRootView : ApiRootView
    {
        public override string GetViewName() => "Catalogue";
    }

    [Fact]
    public async Task A_breadcrumb_of_a_plain_view_is_its_view_name()
    {
        await using var host = await ApiTestHost.StartAsync(
            e => e.MapRouter("cat", new DefaultRouter { RootViewType = typeof(CatalogueRootView) }.Register<NoteViewSet>("notes", "note")),
            services: NotesDb.Register);
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/cat/notes/", headers: Html)).Text;

        Assert.Contains("<ul class=\"breadcrumb\"><li><a href=\"/cat/\">Catalogue</a></li><li class=\"active\" aria-current=\"page\"><a href=\"/cat/notes/\">Note List</a></li></ul>", text);
    }

    [Fact]
    public async Task Paginated_lists_get_next_and_previous_links()
    {
        await using var host = await Host(o =>
        {
            o.DefaultPagination = typeof(PageNumberPagination);
            o.PageSize = 1;
        });
        using var client = host.CreateClient();

        var first = (await client.GetAsync("/api/notes/", headers: Html)).Text;
        var second = (await client.GetAsync("/api/notes/?page=2", headers: Html)).Text;

        Assert.Contains("<a class=\"page-link\" rel=\"next\" id=\"next-page\" href=\"http://localhost/api/notes/?page=2\">Next »</a>", first);
        Assert.Contains("<span class=\"page-link disabled\">« Previous</span>", first);
        Assert.Contains("<span class=\"page-count\">3 items</span>", first);
        Assert.Contains("rel=\"previous\" id=\"previous-page\" href=\"http://localhost/api/notes/\"", second);
    }

    [Fact]
    public async Task Description_is_hidden_on_403()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/guarded/", new { title = "x" }, headers: Html);

        Assert.Equal(403, response.StatusCode);
        Assert.Contains("<b>HTTP 403 Forbidden</b>", response.Text);
        Assert.DoesNotContain("class=\"description\"", response.Text);
    }

    [Fact]
    public async Task Assets_are_served_from_the_library()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var css = await client.GetAsync("/restframework/static/browsable-api.css");
        var js = await client.GetAsync("/restframework/static/browsable-api.js");
        var missing = await client.GetAsync("/restframework/static/nothing.css");

        Assert.Equal((200, "text/css; charset=utf-8"), (css.StatusCode, css.ContentType));
        Assert.Contains(".breadcrumb", css.Text);
        Assert.Equal(200, js.StatusCode);
        Assert.Contains("X-CSRFToken", js.Text);
        Assert.Equal(404, missing.StatusCode);
        Assert.Equal((int)HttpStatusCode.NotModified, (await client.GetAsync("/restframework/static/browsable-api.css", headers: new Dictionary<string, string> { ["If-None-Match"] = css.Header("ETag")! })).StatusCode);
    }

    [Fact]
    public async Task Removing_the_renderer_from_the_settings_turns_the_page_off()
    {
        await using var host = await Host(o => o.DefaultRenderers.Remove(typeof(BrowsableApiRenderer)));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/notes/", headers: Html);

        Assert.Equal("application/json", response.ContentType);
        Assert.Null(response.Header("Vary"));
    }

    [Fact]
    public async Task Relation_choices_stop_at_the_html_select_cutoff()
    {
        await using var host = await Host();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDb>();
            db.Categories.AddRange(Enumerable.Range(0, 999).Select(i => new Category { Slug = $"c{i}" }));
            await db.SaveChangesAsync();
        }
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/notes/", headers: Html)).Text;
        var select = text[text.IndexOf("<select class=\"form-control\" name=\"category\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];

        Assert.Equal(1001, select.Split("<option").Length - 1);
        Assert.EndsWith("<option value=\"n/a\" disabled>More than 1000 items...</option>", select);
    }

    [Fact]
    public async Task Raw_data_form_holds_the_writable_fields_initial_values_and_the_parsers_media_types()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var text = (await client.GetAsync("/notes/", headers: Html)).Text;

        Assert.Contains("name=\"_content\" rows=\"10\">{&#xA;    &quot;title&quot;: &quot;&quot;,&#xA;    &quot;body&quot;: &quot;&quot;,&#xA;    &quot;rank&quot;: null,&#xA;    &quot;category&quot;: null&#xA;}</textarea>", text);
        Assert.Contains("<option value=\"application/json\">application/json</option><option value=\"application/x-www-form-urlencoded\">", text);
    }

    [Fact]
    public async Task Extra_actions_of_the_same_kind_are_listed_with_escaped_names()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var list = (await client.GetAsync("/api/menu/", headers: Html)).Text;
        var detail = (await client.GetAsync("/api/menu/1/", headers: Html)).Text;

        Assert.Contains("<li><a href=\"http://localhost/api/menu/recent_ones/\">Recent ones</a></li>", list);
        Assert.DoesNotContain("set_age", list);
        Assert.Contains("<li><a href=\"http://localhost/api/menu/1/set_age/\">Change &lt;age&gt;</a></li>", detail);
    }
}
