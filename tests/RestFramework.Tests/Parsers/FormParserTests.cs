namespace RestFramework.Tests.Parsers;

public sealed class FormParserTests
{
    [Fact]
    public async Task Form_data_keeps_last_value_in_data_and_every_value_in_form()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", "a=1&a=2&b=&c=%C3%A9", contentType: "application/x-www-form-urlencoded");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            "{\"data\":{\"a\":\"2\",\"b\":\"\",\"c\":\"é\"},\"form\":{\"a\":[\"1\",\"2\"],\"b\":[\"\"],\"c\":[\"é\"]},\"files\":[]}",
            response.Text);
    }

    [Fact]
    public async Task Client_form_format_is_parsed()
    {
        await using var host = await EchoView.HostAsync();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/echo/", new { name = "x", flag = true }, format: "form");

        Assert.StartsWith("{\"data\":{\"name\":\"x\",\"flag\":\"true\"}", response.Text, StringComparison.Ordinal);
    }

    // Body and Content-Type → Request.Data as Django's QueryDict (parse_qsl with keep_blank_values, errors='replace') gives it.
    [Theory]
    [InlineData("name=Fran%E7ais", "application/x-www-form-urlencoded; charset=latin-1", "{\"name\":\"Français\"}")]
    [InlineData("a=bad+%E9+byte", "application/x-www-form-urlencoded", "{\"a\":\"bad \uFFFD byte\"}")]
    [InlineData("a=Caf%C3%A9+%E2%98%83", "application/x-www-form-urlencoded", "{\"a\":\"Café ☃\"}")]
    [InlineData("&&a&=x&b=c=d&", "application/x-www-form-urlencoded", "{\"a\":\"\",\"\":\"x\",\"b\":\"c=d\"}")]
    [InlineData("a+b=c+d%2B%2", "application/x-www-form-urlencoded", "{\"a b\":\"c d+%2\"}")]
    [InlineData("a=1;b=2", "application/x-www-form-urlencoded", "{\"a\":\"1;b=2\"}")]
    public void Form_bodies_are_decoded_as_django_does(string body, string contentType, string expected)
    {
        var data = new RestFramework.Parsers.FormParser().Parse(System.Text.Encoding.ASCII.GetBytes(body), new RestFramework.Parsers.ParserContext(contentType)).Data;

        Assert.Equal(expected, data!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
