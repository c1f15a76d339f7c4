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
}
