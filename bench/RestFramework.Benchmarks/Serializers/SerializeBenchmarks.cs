// Measures rendering 10,000 books with a nested author and a nested to-many tag list, against a hand-written source-generated DTO.
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RestFramework.Renderers;

namespace RestFramework.Benchmarks.Serializers;

[MemoryDiagnoser]
public class SerializeBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4 * 1024 * 1024);
    private List<BookItem> _books = [];
    private IQueryable<BookItem> _queryable = Array.Empty<BookItem>().AsQueryable();

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _books = BookItem.Create(Count);
        _queryable = _books.AsQueryable();
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenSourceGeneratedDto()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        var dtos = _books.Select(b => new BookDto(b.Id, b.Title, b.Price.ToString("0.00", CultureInfo.InvariantCulture), b.InPrint,
            new AuthorDto(b.Author.Id, b.Author.Name), [.. b.Tags.Select(t => new TagDto(t.Id, t.Name))])).ToList();
        JsonSerializer.Serialize(writer, dtos, BenchJsonContext.Default.ListBookDto);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int SerializerPerObject()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        var serializer = new BookItemSerializer { Many = true, Instance = _books };
        serializer.ToJson().WriteTo(writer, JsonDataWriter.For(null));
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public async Task<int> SerializerListAsyncProjection()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        var json = await new BookItemSerializer().ListAsync(_queryable);
        json.WriteTo(writer, JsonDataWriter.For(null));
        return _buffer.WrittenCount;
    }
}
