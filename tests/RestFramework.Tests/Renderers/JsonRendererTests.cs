using System.Text;
using RestFramework.Renderers;
using RestFramework.Responses;

namespace RestFramework.Tests.Renderers;

public sealed class JsonRendererTests
{
    private static string Render(object? data, string mediaType = "application/json")
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        new JsonRenderer().Render(data, new RendererContext(null, null, new Response(data), mediaType), buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Null_data_renders_nothing() => Assert.Equal(string.Empty, Render(null));

    [Fact]
    public void Values_render_as_drfs_encoder_does()
    {
        var data = new Dictionary<string, object?>
        {
            ["float"] = 1.0,
            ["decimal"] = 1.50m,
            ["when"] = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["date"] = new DateOnly(2020, 1, 2),
            ["duration"] = TimeSpan.FromSeconds(90),
            ["id"] = Guid.Parse("12345678-1234-1234-1234-123456789abc"),
            ["text"] = "é <b>&",
            ["list"] = new object?[] { 1, null, true },
        };

        Assert.Equal(
            "{\"float\":1.0,\"decimal\":1.5,\"when\":\"2020-01-02T03:04:05Z\",\"date\":\"2020-01-02\",\"duration\":\"90.0\",\"id\":\"12345678-1234-1234-1234-123456789abc\",\"text\":\"é <b>&\",\"list\":[1,null,true]}",
            Render(data));
    }

    [Fact]
    public void Plain_objects_use_snake_case_names()
    {
        Assert.Equal("{\"frequency_rank\":1,\"title\":\"x\"}", Render(new { FrequencyRank = 1, Title = "x" }));
    }

    [Theory]
    [InlineData("application/json; indent=2", "{\n  \"a\": 1\n}")]
    [InlineData("application/json; indent=0", "{\"a\":1}")]
    [InlineData("application/json; indent=x", "{\"a\":1}")]
    [InlineData("application/json; indent=20", "{\n        \"a\": 1\n}")]
    public void Indent_comes_from_the_accepted_media_type_clamped_to_eight(string mediaType, string json) =>
        Assert.Equal(json, Render(new Dictionary<string, object?> { ["a"] = 1 }, mediaType));

    [Fact]
    public void Nan_is_refused_in_strict_mode() =>
        Assert.Throws<InvalidOperationException>(() => Render(new Dictionary<string, object?> { ["a"] = double.NaN }));
}
