// Measures ModelViewSet list and retrieve, and a filtered, ordered page 50 of 100,000 rows, against hand-written
// minimal API endpoints (and an MVC controller for the list) running the same EF Core query with System.Text.Json,
// through the same in-process test server.
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Filters;
using RestFramework.Pagination;
using RestFramework.Relations;
using RestFramework.Routers;
using RestFramework.Serializers;

namespace RestFramework.Benchmarks.ViewSets;

/// <summary>RestFramework viewsets against minimal API endpoints with the same query and JSON, one in-process server.</summary>
[MemoryDiagnoser]
public class ListBenchmarks
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [Params(100, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = ListDb.Create(Rows);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddDbContextPool<ListDb>(o => o.UseSqlite(connectionString));
        builder.Services.AddRestFramework(o =>
        {
            o.DefaultPagination = typeof(PageNumberPagination);
            o.PageSize = 100;
            o.DefaultFilterBackends = [typeof(DjangoFilterBackend), typeof(OrderingFilter)];
        });
        builder.Services.AddControllers().AddApplicationPart(typeof(ListBenchmarks).Assembly);
        _app = builder.Build();
        _app.MapControllers();
        var router = new SimpleRouter();
        router.Register<ItemViewSet>("items");
        _app.MapRouter("rf", router);
        _app.MapGet("/minimal/items/", async (ListDb db, int? page, [FromQuery(Name = "category_id")] int? categoryId, string? ordering) =>
        {
            var query = db.Items.AsNoTracking();
            if (categoryId is { } c)
            {
                query = query.Where(i => i.CategoryId == c);
            }
            var ordered = ordering == "-rank" ? query.OrderByDescending(i => i.Rank).ThenBy(i => i.Id) : query.OrderBy(i => i.Id);
            var count = await ordered.LongCountAsync();
            var number = page ?? 1;
            var results = await ordered.Skip((number - 1) * 100).Take(100)
                .Select(i => new ItemDto(i.Id, i.Name, i.Rank, i.Price.ToString(), i.Category!.Name)).ToListAsync();
            return new PageDto(count, null, null, results);
        });
        _app.MapGet("/minimal/items/{id:int}/", async (ListDb db, int id) =>
            await db.Items.AsNoTracking().Where(i => i.Id == id)
                .Select(i => new ItemDto(i.Id, i.Name, i.Rank, i.Price.ToString(), i.Category!.Name)).FirstOrDefaultAsync() is { } item
                ? Results.Ok(item) : Results.NotFound());
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _app.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<byte[]> MinimalApiList() => _client.GetByteArrayAsync(ListQuery("/minimal/items/"));

    [Benchmark]
    public Task<byte[]> MvcList() => _client.GetByteArrayAsync(ListQuery("/mvc/items"));

    [Benchmark]
    public Task<byte[]> ModelViewSetList() => _client.GetByteArrayAsync(ListQuery("/rf/items/"));

    [Benchmark]
    public Task<byte[]> MinimalApiRetrieve() => _client.GetByteArrayAsync("/minimal/items/7/");

    [Benchmark]
    public Task<byte[]> ModelViewSetRetrieve() => _client.GetByteArrayAsync("/rf/items/7/");

    // With 100 rows: the whole table. With 100,000 rows: page 50 of one category ordered by rank.
    private string ListQuery(string path) => Rows <= 100 ? path : path + "?page=50&category_id=3&ordering=-rank";

    public sealed record ItemDto(int Id, string Name, int Rank, string Price, [property: JsonPropertyName("category")] string Category);

    public sealed record PageDto(long Count, string? Next, string? Previous, List<ItemDto> Results);

    public sealed class ItemSerializer : ModelSerializer<Item>
    {
        protected override void Meta(ModelMeta meta) => meta
            .Fields("id", "name", "rank", "price", "category")
            .Declare("category", new SlugRelatedField<Category>("name") { ReadOnly = true });
    }

    public sealed class ItemViewSet : RestFramework.ViewSets.ModelViewSet<Item>
    {
        private static readonly FilterFields Filters = new() { "category_id" };

        public override Type? SerializerType => typeof(ItemSerializer);

        public override FilterFields? FilterFields => Filters;

        public override IReadOnlyList<string>? OrderingFields => ["rank"];

        public override IReadOnlyList<string>? Ordering => ["id"];
    }
}
