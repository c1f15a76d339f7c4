// Ports DRF 3.14's ModelSerializer: fields from the EF Core model, unique validators, relations, create and update (outputs recorded from DRF).
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;

namespace RestFramework.Tests.Serializers;

public sealed class AuthorModelSerializer : ModelSerializer<Author>
{
    protected override void Meta(ModelMeta meta) => meta.AllFields().Exclude("books");
}

public sealed class BookModelSerializer : ModelSerializer<Book>
{
    protected override void Meta(ModelMeta meta) => meta.AllFields();
}

public sealed class ModelSerializerTests
{
    [Fact]
    public void Fields_are_generated_from_the_model_in_drf_order()
    {
        using var db = ShopDb.Create();
        var fields = new BookModelSerializer { Context = new SerializerContext { DbContext = db } }.Fields;
        Assert.Equal(["id", "title", "subtitle", "price", "status", "rating", "author", "tags"], fields.Keys);
        Assert.True(fields["id"].ReadOnly);
        Assert.Equal((100, true), (((CharField)fields["title"]).MaxLength, fields["title"].IsRequired));
        Assert.Equal((true, true, false), (fields["subtitle"].AllowNull, ((CharField)fields["subtitle"]).AllowBlank, fields["subtitle"].IsRequired));
        Assert.Equal((6, 2), (((DecimalField)fields["price"]).MaxDigits, ((DecimalField)fields["price"]).DecimalPlaces));
        Assert.IsType<ChoiceField>(fields["status"]);
        Assert.False(fields["rating"].IsRequired);
        Assert.IsType<PrimaryKeyRelatedField<Author>>(fields["author"]);
        Assert.True(((PrimaryKeyRelatedField<Tag>)fields["tags"]).Many);
    }

    [Theory]
    [InlineData("""{"name":"Ann"}""", """{"name":["author with this name already exists."]}""")]
    [InlineData("""{"name":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", """{"name":["Ensure this field has no more than 50 characters."]}""")]
    [InlineData("{}", """{"name":["This field is required."]}""")]
    [InlineData("""{"name":"Cy"}""", "{}")]
    public void Unique_fields_get_a_unique_validator(string input, string errors)
    {
        using var db = ShopDb.Seed();
        var serializer = new AuthorModelSerializer { InitialData = JsonNode.Parse(input), Context = new SerializerContext { DbContext = db } };
        serializer.IsValid();
        Assert.Equal(errors, FieldCheck.Render(serializer.Errors));
    }

    [Theory]
    [InlineData("{}", """{"title":["This field is required."],"price":["This field is required."],"status":["This field is required."],"author":["This field is required."],"tags":["This field is required."]}""")]
    [InlineData("""{"title":"Book 1","author":2,"price":"2","status":"draft","tags":[1]}""", """{"non_field_errors":["The fields title, author must make a unique set."]}""")]
    [InlineData("""{"title":"U","author":9,"price":"2","status":"x","tags":[]}""", """{"status":["\"x\" is not a valid choice."],"author":["Invalid pk \"9\" - object does not exist."],"tags":["This list may not be empty."]}""")]
    [InlineData("""{"title":"U","author":"x","price":"2","status":"draft","tags":[99]}""", """{"author":["Incorrect type. Expected pk value, received str."],"tags":["Invalid pk \"99\" - object does not exist."]}""")]
    [InlineData("""{"title":"U","author":true,"price":"2","status":"draft","tags":"x"}""", """{"author":["Incorrect type. Expected pk value, received bool."],"tags":["Expected a list of items but got type \"str\"."]}""")]
    [InlineData("""{"title":"U","author":1,"price":"2","status":"draft","tags":[1]}""", "{}")]
    public void Relations_and_unique_together_validate_as_drf(string input, string errors)
    {
        using var db = ShopDb.Seed();
        var serializer = new BookModelSerializer { InitialData = JsonNode.Parse(input), Context = new SerializerContext { DbContext = db } };
        serializer.IsValid();
        Assert.Equal(errors, FieldCheck.Render(serializer.Errors));
    }

    // An integer column's CLR type bounds its field (as Django's integer field ranges give DRF max_value/min_value), so no
    // value reaches SaveChanges that the column cannot hold; the limits stay out of OPTIONS, as on DRF's SQLite reference.
    [Theory]
    [InlineData("2147483647", "{}")]
    [InlineData("-2147483648", "{}")]
    [InlineData("2147483648", """{"rating":["Ensure this value is less than or equal to 2147483647."]}""")]
    [InlineData("-2147483649", """{"rating":["Ensure this value is greater than or equal to -2147483648."]}""")]
    [InlineData("9223372036854775808", """{"rating":["Ensure this value is less than or equal to 2147483647."]}""")]
    [InlineData("\"-99999999999999999999999\"", """{"rating":["Ensure this value is greater than or equal to -2147483648."]}""")]
    [InlineData("BIG", """{"rating":["Ensure this value is less than or equal to 2147483647."]}""")]
    public void Integer_columns_bound_their_fields_to_the_clr_type(string rating, string errors)
    {
        using var db = ShopDb.Seed();
        var input = """{"title":"Ranged","author":1,"price":"2","status":"draft","tags":[1],"rating":RATING}""".Replace("RATING", rating.Replace("BIG", new string('9', 401), StringComparison.Ordinal), StringComparison.Ordinal);
        var serializer = new BookModelSerializer { InitialData = JsonNode.Parse(input), Context = new SerializerContext { DbContext = db } };
        serializer.IsValid();
        Assert.Equal(errors, FieldCheck.Render(serializer.Errors));
        var field = (IntegerField)serializer.Fields["rating"];
        Assert.Equal(((long?)null, (long?)null), (field.MaxValue, field.MinValue));
    }

    [Fact]
    public async Task The_largest_value_of_an_integer_column_is_saved()
    {
        using var db = ShopDb.Seed();
        var serializer = new BookModelSerializer
        {
            InitialData = JsonNode.Parse("""{"title":"Top rated","author":1,"price":"2","status":"draft","tags":[1],"rating":2147483647}"""),
            Context = new SerializerContext { DbContext = db },
        };
        serializer.IsValid(raiseException: true);
        var book = Assert.IsType<Book>(await serializer.SaveAsync());
        Assert.Equal(int.MaxValue, book.Rating);
    }

    [Fact]
    public async Task Create_adds_and_saves_and_update_assigns_and_saves()
    {
        using var db = ShopDb.Seed();
        var create = new BookModelSerializer
        {
            InitialData = JsonNode.Parse("""{"title":"New","author":1,"price":"2.5","status":"in_print","tags":[1,2]}"""),
            Context = new SerializerContext { DbContext = db },
        };
        create.IsValid(raiseException: true);
        var book = Assert.IsType<Book>(await create.SaveAsync());
        Assert.Equal("""{"id":4,"title":"New","subtitle":null,"price":"2.50","status":"in_print","rating":0,"author":1,"tags":[1,2]}""", FieldCheck.Render(new BookModelSerializer { Instance = book, Context = create.Context }.Data));

        var update = new BookModelSerializer { Instance = book, InitialData = JsonNode.Parse("""{"title":"Renamed","tags":[2]}"""), Partial = true, Context = create.Context };
        update.IsValid(raiseException: true);
        await update.SaveAsync();
        db.ChangeTracker.Clear();
        var stored = await db.Books.Include(b => b.Tags).SingleAsync(b => b.Id == 4);
        Assert.Equal("Renamed", stored.Title);
        Assert.Equal([2], stored.Tags.Select(t => t.Id));
    }

    [Fact]
    public async Task Writable_nested_serializer_requires_an_explicit_create()
    {
        using var db = ShopDb.Seed();
        var serializer = new NestedWriteSerializer { InitialData = JsonNode.Parse("""{"title":"N","price":"1","status":"draft","author":{"name":"Zed"}}"""), Context = new SerializerContext { DbContext = db } };
        serializer.IsValid(raiseException: true);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => serializer.SaveAsync().AsTask());
        Assert.Equal(
            "The `.create()` method does not support writable nested fields by default.\nWrite an explicit `.create()` method for serializer `RestFramework.Tests.Serializers.NestedWriteSerializer`, or set `read_only=True` on nested serializer fields.",
            error.Message);
    }

    [Fact]
    public void Fields_or_exclude_is_required()
    {
        using var db = ShopDb.Create();
        var error = Assert.Throws<InvalidOperationException>(() => new NoFieldsSerializer { Context = new SerializerContext { DbContext = db } }.Fields);
        Assert.StartsWith("Creating a ModelSerializer without either the 'fields' attribute or the 'exclude' attribute has been deprecated since 3.3.0", error.Message);
    }

    [Fact]
    public void Read_only_fields_and_extra_kwargs_adjust_generated_fields()
    {
        using var db = ShopDb.Create();
        var fields = new AdjustedSerializer { Context = new SerializerContext { DbContext = db } }.Fields;
        Assert.Equal(["id", "title", "rating"], fields.Keys);
        Assert.True(fields["title"].ReadOnly);
        Assert.True(fields["rating"].WriteOnly);
    }

    [Fact]
    public async Task Model_serializer_lists_through_one_projection_and_renders_unloaded_relations_by_key()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log, books: 2);
        var serializer = new BookModelSerializer { Context = new SerializerContext { DbContext = db } };
        Assert.Equal(ReadPath.Projection, serializer.ReadPath);
        const string Expected = """[{"id":1,"title":"Book 1","subtitle":null,"price":"1.50","status":"in_print","rating":0,"author":2,"tags":[1]},{"id":2,"title":"Book 2","subtitle":null,"price":"2.50","status":"in_print","rating":0,"author":1,"tags":[1,2]}]""";
        Assert.Equal(Expected, FieldCheck.Render(await serializer.ListAsync(db.Books.OrderBy(b => b.Id))));
        Assert.Single(log.Commands);

        var book = await db.Books.AsNoTracking().SingleAsync(b => b.Id == 1);
        Assert.Equal("""{"id":1,"title":"Book 1","subtitle":null,"price":"1.50","status":"in_print","rating":0,"author":2,"tags":[]}""",
            FieldCheck.Render(new BookModelSerializer { Instance = book, Context = serializer.Context }.Data));
    }

    [Fact]
    public void Primitive_collections_map_to_list_fields_and_extra_kwargs_set_limits()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        using var db = new NotesDb(new DbContextOptionsBuilder<NotesDb>().UseSqlite(connection).Options);
        var serializer = new NoteSerializer { InitialData = JsonNode.Parse("""{"points":["ok","toolong"],"rank":0}"""), Context = new SerializerContext { DbContext = db } };
        Assert.IsType<ListField>(serializer.Fields["points"]);
        serializer.IsValid();
        Assert.Equal("""{"points":{"1":["Ensure this field has no more than 5 characters."]},"rank":["Ensure this value is greater than or equal to 1."]}""", FieldCheck.Render(serializer.Errors));
    }

    private sealed class NoteSerializer : ModelSerializer<Note>
    {
        protected override void Meta(ModelMeta meta) => meta.Fields("id", "points", "rank").ExtraKwargs("rank", f => ((IntegerField)f).MinValue = 1);
    }

    [Fact]
    public async Task Update_replaces_an_unloaded_many_relation_as_a_whole()
    {
        using var db = ShopDb.Seed();
        var book = await db.Books.SingleAsync(b => b.Id == 2);
        var update = new BookModelSerializer { Instance = book, InitialData = JsonNode.Parse("""{"tags":[2]}"""), Partial = true, Context = new SerializerContext { DbContext = db } };
        update.IsValid(raiseException: true);
        await update.SaveAsync();
        db.ChangeTracker.Clear();
        Assert.Equal([2], (await db.Books.Include(b => b.Tags).SingleAsync(b => b.Id == 2)).Tags.Select(t => t.Id));
    }

    // The mistake RestFramework.Analyzers reports as RF1013; the test checks the runtime's own error.
#pragma warning disable RF1013
    private sealed class NoFieldsSerializer : ModelSerializer<Book>
    {
        protected override void Meta(ModelMeta meta)
        {
        }
    }
#pragma warning restore RF1013

    private sealed class AdjustedSerializer : ModelSerializer<Book>
    {
        protected override void Meta(ModelMeta meta) => meta.Fields("id", "title", "rating").ReadOnlyFields("title").ExtraKwargs("rating", f => f.WriteOnly = true);
    }
}

public sealed class NestedWriteSerializer : ModelSerializer<Book>
{
    protected override void Meta(ModelMeta meta) => meta
        .Fields("id", "title", "price", "status", "author")
        .Declare("author", new AuthorModelSerializer());
}

public sealed class Note
{
    public int Id { get; set; }

    public List<string> Points { get; set; } = [];

    public int Rank { get; set; }
}

public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Note>().PrimitiveCollection(n => n.Points).ElementType().HasMaxLength(5);
}
