// Provides the objects, DTOs and serializers shared by the serializer benchmarks.
using System.Text.Json.Serialization;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Benchmarks.Serializers;

public sealed class TagItem
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class AuthorItem
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class BookItem
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public decimal Price { get; set; }

    public bool InPrint { get; set; }

    public AuthorItem Author { get; set; } = new();

    public List<TagItem> Tags { get; set; } = [];

    public static List<BookItem> Create(int count)
    {
        var tags = Enumerable.Range(1, 5).Select(i => new TagItem { Id = i, Name = "tag-" + i }).ToArray();
        return [.. Enumerable.Range(1, count).Select(i => new BookItem
        {
            Id = i,
            Title = "Book number " + i,
            Price = i % 100 + 0.5m,
            InPrint = i % 2 == 0,
            Author = new AuthorItem { Id = i % 50, Name = "Author " + (i % 50) },
            Tags = [tags[i % 5], tags[(i + 1) % 5], tags[(i + 2) % 5]],
        })];
    }
}

public sealed class TagItemSerializer : Serializer<TagItem>
{
    protected override void Configure(FieldBuilder fields) => fields.Add("id", new IntegerField()).Add("name", new CharField());
}

public sealed class AuthorItemSerializer : Serializer<AuthorItem>
{
    protected override void Configure(FieldBuilder fields) => fields.Add("id", new IntegerField()).Add("name", new CharField { MaxLength = 50 });
}

public sealed class BookItemSerializer : Serializer<BookItem>
{
    protected override void Configure(FieldBuilder fields) => fields
        .Add("id", new IntegerField { ReadOnly = true })
        .Add("title", new CharField { MaxLength = 100 })
        .Add("price", new DecimalField { MaxDigits = 6, DecimalPlaces = 2 })
        .Add("in_print", new BooleanField())
        .Add("author", new AuthorItemSerializer())
        .Add("tags", new TagItemSerializer { Many = true });
}

public sealed record TagDto([property: JsonPropertyName("id")] int Id, [property: JsonPropertyName("name")] string Name);

public sealed record AuthorDto([property: JsonPropertyName("id")] int Id, [property: JsonPropertyName("name")] string Name);

public sealed record BookDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("price")] string Price,
    [property: JsonPropertyName("in_print")] bool InPrint,
    [property: JsonPropertyName("author")] AuthorDto Author,
    [property: JsonPropertyName("tags")] List<TagDto> Tags);

[JsonSerializable(typeof(List<BookDto>))]
[JsonSerializable(typeof(BookDto))]
public sealed partial class BenchJsonContext : JsonSerializerContext;
