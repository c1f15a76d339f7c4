using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;
using RestFramework.Routers;
using RestFramework.Testing;
using RestFramework.Tests.Generics;

namespace RestFramework.Tests.Schemas;

public sealed class FieldSchemasTests
{
    private static async Task<IOpenApiSchema> SinkAsync()
    {
        await using var host = await ApiTestHost.StartAsync(
            e =>
            {
                e.MapRouter("api", new DefaultRouter().Register<KitchenSinkViewSet>("sinks", "sink"));
                e.MapOpenApiDocument();
            },
            services: NotesDb.Register);
        using var client = host.CreateClient();
        var response = await client.GetAsync("/openapi.json");
        using var stream = new MemoryStream(response.Content);
        var result = await OpenApiDocument.LoadAsync(stream, "json");
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        return result.Document!.Components!.Schemas!["KitchenSink"];
    }

    [Fact]
    public async Task Properties_follow_the_field_order_without_hidden_fields_and_required_lists_required_writable_fields()
    {
        var sink = await SinkAsync();

        Assert.Equal(["id", "code", "secret", "score", "price", "ratio", "when", "day", "email", "site", "level", "tags", "active", "owner"], sink.Properties!.Keys);
        Assert.Equal(["active", "code", "day", "email", "level", "owner", "price", "score", "secret", "site", "tags", "when"], sink.Required!.Order());
    }

    [Theory]
    [InlineData("id", JsonSchemaType.Integer, null)]
    [InlineData("code", JsonSchemaType.String, null)]
    [InlineData("score", JsonSchemaType.Integer, null)]
    [InlineData("price", JsonSchemaType.String, "decimal")]
    [InlineData("ratio", JsonSchemaType.Number, "double")]
    [InlineData("when", JsonSchemaType.String | JsonSchemaType.Null, "date-time")]
    [InlineData("day", JsonSchemaType.String, "date")]
    [InlineData("email", JsonSchemaType.String, "email")]
    [InlineData("site", JsonSchemaType.String, "uri")]
    [InlineData("level", JsonSchemaType.String, null)]
    [InlineData("tags", JsonSchemaType.Array, null)]
    [InlineData("active", JsonSchemaType.Boolean, null)]
    public async Task Each_field_type_maps_to_drf_types_and_formats(string name, JsonSchemaType type, string? format)
    {
        var property = (await SinkAsync()).Properties![name];

        Assert.Equal((type, format), (property.Type!.Value, property.Format));
    }

    [Fact]
    public async Task Limits_flags_enums_patterns_and_nested_components_are_described()
    {
        var sink = await SinkAsync();
        var p = sink.Properties!;

        Assert.True(p["id"].ReadOnly);
        Assert.True(p["secret"].WriteOnly);
        Assert.Equal((2, 8, "A short code."), (p["code"].MinLength!.Value, p["code"].MaxLength!.Value, p["code"].Description));
        Assert.Equal(("0", "10"), (p["score"].Minimum, p["score"].Maximum));
        Assert.Equal("^-?\\d{0,3}(?:\\.\\d{0,2})?$", p["price"].Pattern);
        Assert.Equal(["easy", "hard"], p["level"].Enum!.Select(v => v!.GetValue<string>()));
        Assert.Equal(JsonSchemaType.String, p["tags"].Items!.Type);
        Assert.Equal("Owner", ((OpenApiSchemaReference)p["owner"]).Reference.Id);
    }
}
