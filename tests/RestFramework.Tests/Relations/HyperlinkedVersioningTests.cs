// Covers hyperlink reversal through a URL path versioning scheme (PrepareReverse adds the version to the route values).
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Relations;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Serializers;
using RestFramework.Testing;
using RestFramework.Versioning;
using RestFramework.Views;

namespace RestFramework.Tests.Relations;

public sealed class HyperlinkedVersioningTests
{
    private sealed class PathVersioning : IVersioningScheme
    {
        public string? DetermineVersion(Request request) => (string?)request.Kwargs["version"];

        public string PrepareReverse(Request request, string routeName, RouteValueDictionary values)
        {
            values["version"] = request.Version;
            return routeName;
        }
    }

    private sealed class TagSerializer : Serializer<Serializers.Tag>
    {
        protected override void Configure(FieldBuilder fields) => fields.Add("url", new HyperlinkedIdentityField<Serializers.Tag>("tag-detail"));
    }

    private sealed class TagView : ApiView
    {
        public override Type? VersioningType => typeof(PathVersioning);

        protected override async ValueTask<Response> GetAsync(Request request)
        {
            var db = request.HttpContext.RequestServices.GetRequiredService<Serializers.ShopDb>();
            var serializer = new TagSerializer { Context = new SerializerContext { Request = request, DbContext = db } };
            return new Response(await serializer.ListAsync(db.Tags.OrderBy(t => t.Id)));
        }
    }

    [Fact]
    public async Task Urls_carry_the_requested_version()
    {
        var db = Serializers.ShopDb.Seed();
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapView<TagView>("api/{version}/tags/", "tag-list");
                e.MapView<TagView>("api/{version}/tags/{pk}/", "tag-detail");
            },
            services: s => s.AddSingleton(db));
        using var client = host.CreateClient();
        var response = await client.GetAsync("/api/v2/tags/");
        Assert.Equal("""[{"url":"http://localhost/api/v2/tags/1/"},{"url":"http://localhost/api/v2/tags/2/"}]""", response.Text);
    }
}
