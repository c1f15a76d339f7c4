// Covers how a generic view renders a saved object: from memory (no SELECT after the write, as DRF) when every field reads
// a column or a foreign key, and re-read through the compiled read path when a field needs a relation.
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Fields;
using RestFramework.Routers;
using RestFramework.Serializers;
using RestFramework.Testing;
using RestFramework.Tests.Serializers;
using RestFramework.ViewSets;

namespace RestFramework.Tests.Generics;

public sealed class InstanceRenderingTests
{
    public sealed class PlainBookSerializer : ModelSerializer<Book>
    {
        protected override void Meta(ModelMeta meta) => meta.Fields("id", "title", "price", "status", "rating", "author");
    }

    public sealed class AuthorNameBookSerializer : ModelSerializer<Book>
    {
        protected override void Meta(ModelMeta meta) => meta
            .Fields("id", "title", "price", "author", "author_name")
            .Declare("author_name", new CharField { Source = "author.name", ReadOnly = true });
    }

    public sealed class PlainBooks : ModelViewSet<Book>
    {
        public override Type? SerializerType => typeof(PlainBookSerializer);
    }

    public sealed class AuthorNameBooks : ModelViewSet<Book>
    {
        public override Type? SerializerType => typeof(AuthorNameBookSerializer);
    }

    [Fact]
    public async Task A_saved_object_of_columns_and_foreign_keys_renders_from_memory()
    {
        var log = new SqlLog();
        await using var host = await StartAsync(log);
        using var client = host.CreateClient();

        var created = await client.PostAsync("/api/plain/", new { title = "New", price = "9.5", status = "draft", author = 1 }, format: "json");
        var afterCreate = log.Commands.ToList();
        log.Commands.Clear();
        var updated = await client.PatchAsync("/api/plain/1/", new { author = 2 }, format: "json");

        Assert.Equal(201, created.StatusCode);
        Assert.Equal("""{"id":4,"title":"New","price":"9.50","status":"draft","rating":0,"author":1}""", created.Text);
        Assert.Equal(200, updated.StatusCode);
        Assert.Equal("""{"id":1,"title":"Book 1","price":"1.50","status":"in_print","rating":0,"author":2}""", updated.Text);
        // The author lookup, the unique-together check (title, author), then the INSERT, as DRF; nothing is read back.
        Assert.Collection(
            afterCreate,
            lookup => Assert.Contains("FROM \"Authors\"", lookup, StringComparison.Ordinal),
            unique => Assert.StartsWith("SELECT EXISTS", unique, StringComparison.Ordinal),
            insert => Assert.StartsWith("INSERT INTO \"Books\"", insert.TrimStart(), StringComparison.Ordinal));
        Assert.DoesNotContain(log.Commands.SkipWhile(c => !c.TrimStart().StartsWith("UPDATE", StringComparison.Ordinal)).Skip(1), c => c.Contains("FROM \"Books\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_field_that_needs_a_relation_renders_from_a_re_read()
    {
        var log = new SqlLog();
        await using var host = await StartAsync(log);
        using var client = host.CreateClient();

        var created = await client.PostAsync("/api/named/", new { title = "New", price = "9.5", author = 2 }, format: "json");

        Assert.Equal(201, created.StatusCode);
        Assert.Equal("""{"id":4,"title":"New","price":"9.50","author":2,"author_name":"Bob"}""", created.Text);
        Assert.Contains("FROM \"Books\"", log.Commands[^1], StringComparison.Ordinal);
    }

    private static async Task<ApiTestHost> StartAsync(SqlLog log)
    {
        var connection = ShopDb.Seed().Database.GetDbConnection();
        var host = await ApiTestHost.StartAsync(
            e => e.MapRouter("api", new SimpleRouter().Register<PlainBooks>("plain", "plain").Register<AuthorNameBooks>("named", "named")),
            services: s => s.AddDbContext<ShopDb>(o => o.UseSqlite(connection).AddInterceptors(log)));
        log.Commands.Clear();
        return host;
    }
}
