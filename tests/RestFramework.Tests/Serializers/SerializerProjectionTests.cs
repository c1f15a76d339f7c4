// Covers the compiled read path: one SQL query with only the rendered columns, to-one and to-many relations included, and the per-object fallback.
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;

namespace RestFramework.Tests.Serializers;

public sealed class SerializerProjectionTests
{
    public sealed class AuthorSummarySerializer : Serializer<Author>
    {
        protected override void Configure(FieldBuilder fields) => fields.Add("id", new IntegerField { ReadOnly = true }).Add("name", new CharField());
    }

    public sealed class TagSummarySerializer : Serializer<Tag>
    {
        protected override void Configure(FieldBuilder fields) => fields.Add("name", new CharField());
    }

    public sealed class BookListSerializer : Serializer<Book>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("id", new IntegerField { ReadOnly = true })
            .Add("title", new CharField())
            .Add("price", new DecimalField { MaxDigits = 6, DecimalPlaces = 2 })
            .Add("author", new AuthorSummarySerializer { ReadOnly = true })
            .Add("author_name", new CharField { Source = "author.name", ReadOnly = true })
            .Add("tags", new TagSummarySerializer { Many = true, ReadOnly = true })
            .Add("tag_ids", new PrimaryKeyRelatedField<Tag> { Source = "tags", Many = true, ReadOnly = true })
            .Add("tag_count", new ExpressionField<Book, int>(b => b.Tags.Count));
    }

    public sealed class BookWithMethodSerializer : Serializer<Book>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("title", new CharField())
            .Add("author", new AuthorSummarySerializer { ReadOnly = true })
            .Add("tags", new TagSummarySerializer { Many = true, ReadOnly = true })
            .Add("shout", new SerializerMethodField());

        private string GetShout(Book book) => book.Title.ToUpperInvariant() + "!";
    }

    [Fact]
    public async Task Listing_100_books_with_to_one_and_to_many_relations_is_one_query_of_rendered_columns()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log, books: 100);
        var serializer = new BookListSerializer { Context = new SerializerContext { DbContext = db } };
        Assert.Equal(ReadPath.Projection, serializer.ReadPath);

        var json = FieldCheck.Render(await serializer.ListAsync(db.Books.OrderBy(b => b.Id)));

        var sql = Assert.Single(log.Commands);
        Assert.DoesNotContain("Subtitle", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Rating", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Status", sql, StringComparison.Ordinal);
        Assert.Contains("\"Title\"", sql, StringComparison.Ordinal);
        Assert.StartsWith("""[{"id":1,"title":"Book 1","price":"1.50","author":{"id":2,"name":"Bob"},"author_name":"Bob","tags":[{"name":"fiction"}],"tag_ids":[1],"tag_count":1},""", json);
        Assert.Equal(100, System.Text.Json.JsonDocument.Parse(json).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Projection_renders_the_same_json_as_the_object_path()
    {
        using var db = ShopDb.Seed(books: 4);
        var serializer = new BookListSerializer { Context = new SerializerContext { DbContext = db } };
        var projected = FieldCheck.Render(await serializer.ListAsync(db.Books.OrderBy(b => b.Id)));
        var books = await db.Books.Include(b => b.Author).Include(b => b.Tags).OrderBy(b => b.Id).ToListAsync();
        var perObject = FieldCheck.Render(new BookListSerializer { Many = true, Instance = books, Context = serializer.Context }.Data);
        Assert.Equal(perObject, projected);
    }

    [Fact]
    public async Task Retrieve_renders_one_object_or_null()
    {
        using var db = ShopDb.Seed(books: 2);
        var serializer = new BookListSerializer { Context = new SerializerContext { DbContext = db } };
        Assert.Equal("""{"id":2,"title":"Book 2","price":"2.50","author":{"id":1,"name":"Ann"},"author_name":"Ann","tags":[{"name":"fiction"},{"name":"classic"}],"tag_ids":[1,2],"tag_count":2}""",
            FieldCheck.Render(await serializer.RetrieveAsync(db.Books.Where(b => b.Id == 2))));
        Assert.Null(await serializer.RetrieveAsync(db.Books.Where(b => b.Id == 99)));
    }

    [Fact]
    public async Task Method_fields_fall_back_to_per_object_rendering_with_relations_loaded_up_front()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log, books: 100);
        var serializer = new BookWithMethodSerializer { Context = new SerializerContext { DbContext = db } };
        Assert.Equal(ReadPath.PerObject, serializer.ReadPath);
        Assert.Equal("field `shout` (SerializerMethodField) runs C# code per object", serializer.ReadPathReason);

        var json = FieldCheck.Render(await serializer.ListAsync(db.Books.OrderBy(b => b.Id)));

        Assert.Single(log.Commands);
        Assert.StartsWith("""[{"title":"Book 1","author":{"id":2,"name":"Bob"},"tags":[{"name":"fiction"}],"shout":"BOOK 1!"},""", json);
    }
}
