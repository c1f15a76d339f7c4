// Measures ModelViewSet create against a minimal API endpoint and an MVC controller doing the same validation, insert and
// 201 JSON, through one in-process test server on an in-memory SQLite database.
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Routers;
using RestFramework.Serializers;

namespace RestFramework.Benchmarks.ViewSets;

/// <summary>Create (validate, insert, 201 with the representation): RestFramework against minimal API and MVC baselines.</summary>
[MemoryDiagnoser]
public class CreateBenchmarks
{
    private static readonly byte[] Payload = """{"name":"new item","rank":5,"price":"9.50","category":3}"""u8.ToArray();

    private SqliteConnection _keepAlive = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = $"Data Source=create-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new SqliteConnection(connectionString);
        _keepAlive.Open();
        ListDb.Seed(connectionString, 0);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddDbContextPool<ListDb>(o => o.UseSqlite(connectionString));
        builder.Services.AddRestFramework();
        builder.Services.AddControllers().AddApplicationPart(typeof(CreateBenchmarks).Assembly);
        _app = builder.Build();
        _app.MapRouter("rf", new SimpleRouter().Register<ItemViewSet>("items"));
        _app.MapControllers();
        _app.MapPost("/minimal/items/", async (ListDb db, NewItem input) =>
        {
            var errors = input.Validate();
            if (input.Category is { } id && !await db.Set<Category>().AnyAsync(c => c.Id == id))
            {
                errors["category"] = [$"Invalid pk \"{id}\" - object does not exist."];
            }
            if (errors.Count > 0)
            {
                return Results.BadRequest(errors);
            }
            var item = input.ToItem();
            db.Items.Add(item);
            await db.SaveChangesAsync();
            return Results.Created((string?)null, CreatedItem.From(item));
        });
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _app.DisposeAsync();
        _keepAlive.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<byte[]> MinimalApiCreate() => PostAsync("/minimal/items/");

    [Benchmark]
    public Task<byte[]> MvcCreate() => PostAsync("/mvc/items/");

    [Benchmark]
    public Task<byte[]> ModelViewSetCreate() => PostAsync("/rf/items/");

    private async Task<byte[]> PostAsync(string path)
    {
        using var content = new ByteArrayContent(Payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(path, content);
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync())}");
        }
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The hand-written input: DRF's rules for the same fields (required, not blank, numbers, an existing category).</summary>
    public sealed record NewItem(
        string? Name,
        int? Rank,
        [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Price,
        int? Category)
    {
        public Dictionary<string, string[]> Validate()
        {
            var errors = new Dictionary<string, string[]>();
            if (Name is null)
            {
                errors["name"] = ["This field is required."];
            }
            else if (string.IsNullOrWhiteSpace(Name))
            {
                errors["name"] = ["This field may not be blank."];
            }
            if (Rank is null)
            {
                errors["rank"] = ["This field is required."];
            }
            if (Price is null)
            {
                errors["price"] = ["This field is required."];
            }
            if (Category is null)
            {
                errors["category"] = ["This field is required."];
            }
            return errors;
        }

        public Item ToItem() => new() { Name = Name!.Trim(), Rank = Rank!.Value, Price = Price!.Value, CategoryId = Category!.Value };
    }

    /// <summary>The hand-written representation, as the serializer renders it.</summary>
    public sealed record CreatedItem(int Id, string Name, int Rank, string Price, int Category)
    {
        public static CreatedItem From(Item item) =>
            new(item.Id, item.Name, item.Rank, item.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), item.CategoryId);
    }

    public sealed class ItemCreateSerializer : ModelSerializer<Item>
    {
        protected override void Meta(ModelMeta meta) => meta.Fields("id", "name", "rank", "price", "category");
    }

    public sealed class ItemViewSet : RestFramework.ViewSets.ModelViewSet<Item>
    {
        public override Type? SerializerType => typeof(ItemCreateSerializer);
    }
}
