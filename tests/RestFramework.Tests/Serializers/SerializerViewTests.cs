// Covers the calls generic views make: a projected list and a saved object rendered through the JSON renderer over HTTP.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Serializers;
using RestFramework.Testing;
using RestFramework.Views;

namespace RestFramework.Tests.Serializers;

public sealed class SerializerViewTests
{
    private sealed class BooksView : ApiView
    {
        protected override async ValueTask<Response> GetAsync(Request request)
        {
            var db = request.HttpContext.RequestServices.GetRequiredService<ShopDb>();
            var serializer = new BookModelSerializer { Context = new SerializerContext { Request = request, View = this, DbContext = db } };
            return new Response(await serializer.ListAsync(db.Books.OrderBy(b => b.Id).Take(2)));
        }

        protected override async ValueTask<Response> PostAsync(Request request)
        {
            var db = request.HttpContext.RequestServices.GetRequiredService<ShopDb>();
            var serializer = new BookModelSerializer { InitialData = request.Data, Context = new SerializerContext { Request = request, View = this, DbContext = db } };
            serializer.IsValid(raiseException: true);
            await serializer.SaveAsync();
            return new Response(serializer.Data, 201);
        }
    }

    private static Task<ApiTestHost> StartAsync()
    {
        var db = ShopDb.Seed();
        return ApiTestHost.StartAsync(e => e.MapView<BooksView>("books/"), services: s => s.AddSingleton(db));
    }

    [Fact]
    public async Task A_projected_list_renders_through_the_json_renderer()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        var response = await client.GetAsync("/books/");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("""[{"id":1,"title":"Book 1","subtitle":null,"price":"1.50","status":"in_print","rating":0,"author":2,"tags":[1]},{"id":2,"title":"Book 2","subtitle":null,"price":"2.50","status":"in_print","rating":0,"author":1,"tags":[1,2]}]""", response.Text);
    }

    [Fact]
    public async Task Invalid_input_is_a_400_with_field_errors_and_valid_input_is_created()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        var invalid = await client.PostAsync("/books/", JsonNode.Parse("""{"title":"","price":"1.234","status":"draft","author":1,"tags":[1]}"""));
        Assert.Equal(400, invalid.StatusCode);
        Assert.Equal("""{"title":["This field may not be blank."],"price":["Ensure that there are no more than 2 decimal places."]}""", invalid.Text);

        var created = await client.PostAsync("/books/", JsonNode.Parse("""{"title":"New","price":"9","status":"draft","author":1,"tags":[2]}"""));
        Assert.Equal(201, created.StatusCode);
        Assert.Equal("""{"id":4,"title":"New","subtitle":null,"price":"9.00","status":"draft","rating":0,"author":1,"tags":[2]}""", created.Text);
    }
}
