// Ports DRF 3.14's hyperlinked relations: absolute URLs from route names (version-aware), and URL input resolved back to objects.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Serializers;
using RestFramework.Testing;
using RestFramework.Versioning;
using RestFramework.Views;

namespace RestFramework.Tests.Relations;

public sealed class HyperlinkedRelatedFieldTests
{
    [Fact]
    public async Task Urls_are_absolute_and_go_through_the_versioning_scheme()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        var response = await client.GetAsync("/books/1/");
        Assert.Equal("""{"url":"http://localhost/books/1/?version=v1","author":"http://localhost/authors/2/?version=v1","title":"Book 1"}""", response.Text);
    }

    [Theory]
    [InlineData("\"http://localhost/authors/1/\"", """{"ok":1}""")]
    [InlineData("\"/authors/2/\"", """{"ok":2}""")]
    [InlineData("\"http://localhost/nowhere/\"", """{"author":["Invalid hyperlink - No URL match."]}""")]
    [InlineData("\"http://localhost/books/1/\"", """{"author":["Invalid hyperlink - Incorrect URL match."]}""")]
    [InlineData("\"http://localhost/authors/99/\"", """{"author":["Invalid hyperlink - Object does not exist."]}""")]
    [InlineData("\"http://localhost/authors/abc/\"", """{"author":["Invalid hyperlink - Object does not exist."]}""")]
    [InlineData("5", """{"author":["Incorrect type. Expected URL string, received int."]}""")]
    public async Task Url_input_resolves_to_the_object(string author, string expected)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        var response = await client.PostAsync("/books/1/", JsonNode.Parse($$"""{"author":{{author}}}"""));
        Assert.Equal(expected, response.Text);
    }

    [Fact]
    public async Task Hyperlinked_model_serializer_links_identity_and_relations_on_the_projection_path()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        var response = await client.GetAsync("/hbooks/");
        Assert.Equal("""[{"url":"http://localhost/books/1/?version=v1","title":"Book 1","author":"http://localhost/authors/2/?version=v1","tags":["http://localhost/tags/1/?version=v1"]}]""", response.Text);
    }

    [Fact]
    public void Rendering_without_a_request_is_a_developer_error()
    {
        var field = new HyperlinkedRelatedField<Serializers.Author>("author-detail");
        field.Bind("author", null);
        Assert.Equal("`HyperlinkedRelatedField` requires the request in the serializer context. Add `context={'request': request}` when instantiating the serializer.",
            Assert.Throws<InvalidOperationException>(() => field.ToRepresentation(new Serializers.Author { Id = 1 }, null)).Message);
    }

    private static Task<ApiTestHost> StartAsync()
    {
        var db = Serializers.ShopDb.Seed();
        return ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<BookView>("books/{pk}/", "book-detail");
                e.MapView<BookView>("authors/{pk}/", "author-detail");
                e.MapView<BookView>("tags/{pk}/", "tag-detail");
                e.MapView<HyperlinkedBooksView>("hbooks/");
            },
            services: s => s.AddSingleton(db));
    }

    private sealed class QueryVersioning : IVersioningScheme
    {
        public string? DetermineVersion(Request request) => "v1";

        public string CompleteReverse(Request request, string url) => url + "?version=v1";
    }

    private sealed class LinkedBookSerializer : Serializer<Serializers.Book>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("url", new HyperlinkedIdentityField<Serializers.Book>("book-detail"))
            .Add("author", new HyperlinkedRelatedField<Serializers.Author>("author-detail"))
            .Add("title", new CharField { Required = false });
    }

    private sealed class HyperlinkedBookSerializer : HyperlinkedModelSerializer<Serializers.Book>
    {
        protected override void Meta(ModelMeta meta) => meta.Fields("url", "title", "author", "tags");
    }

    private sealed class HyperlinkedBooksView : ApiView
    {
        public override Type? VersioningType => typeof(QueryVersioning);

        protected override async ValueTask<Response> GetAsync(Request request)
        {
            var db = request.HttpContext.RequestServices.GetRequiredService<Serializers.ShopDb>();
            var serializer = new HyperlinkedBookSerializer { Context = new SerializerContext { Request = request, DbContext = db } };
            Assert.Equal(ReadPath.Projection, serializer.ReadPath);
            return new Response(await serializer.ListAsync(db.Books.Where(b => b.Id == 1)));
        }
    }

    private sealed class BookView : ApiView
    {
        public override Type? VersioningType => typeof(QueryVersioning);

        protected override ValueTask<Response> GetAsync(Request request)
        {
            var db = request.HttpContext.RequestServices.GetRequiredService<Serializers.ShopDb>();
            var id = int.Parse((string)request.Kwargs["pk"]!, System.Globalization.CultureInfo.InvariantCulture);
            var book = db.Books.Single(b => b.Id == id);
            db.Entry(book).Reference(b => b.Author).Load();
            var serializer = new LinkedBookSerializer { Instance = book, Context = new SerializerContext { Request = request, DbContext = db } };
            return ValueTask.FromResult(new Response(serializer.Data));
        }

        protected override ValueTask<Response> PostAsync(Request request)
        {
            var db = request.HttpContext.RequestServices.GetRequiredService<Serializers.ShopDb>();
            var serializer = new LinkedBookSerializer { InitialData = request.Data, Context = new SerializerContext { Request = request, DbContext = db } };
            serializer.IsValid(raiseException: true);
            var author = (Serializers.Author)serializer.ValidatedData["author"]!;
            return ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["ok"] = author.Id }));
        }
    }
}
