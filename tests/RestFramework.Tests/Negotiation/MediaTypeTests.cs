using RestFramework.Negotiation;

namespace RestFramework.Tests.Negotiation;

public sealed class MediaTypeTests
{
    [Theory]
    [InlineData("*/*", 0)]
    [InlineData("text/*", 1)]
    [InlineData("application/json", 2)]
    [InlineData("application/json; q=0.5", 2)]
    [InlineData("application/json; indent=4", 3)]
    [InlineData("", 2)]
    public void Precedence_follows_specificity_ignoring_q(string text, int precedence) =>
        Assert.Equal(precedence, MediaType.Parse(text).Precedence);

    [Theory]
    [InlineData("application/json", "application/json; charset=utf-8", true)]
    [InlineData("application/json", "*/*", true)]
    [InlineData("application/json", "application/*", true)]
    [InlineData("application/json", "text/*", false)]
    [InlineData("application/json", "application/vnd.x+json", false)]
    [InlineData("application/json; version=2", "application/json", false)]
    [InlineData("application/json; version=2", "application/json; version=2; q=0.1", true)]
    [InlineData("multipart/form-data", "multipart/form-data; boundary=BoUnDaRyStRiNg", true)]
    public void Match_requires_own_parameters_and_compatible_types(string own, string other, bool matches) =>
        Assert.Equal(matches, MediaType.Parse(own).Match(MediaType.Parse(other)));

    [Fact]
    public void Parameters_are_lower_cased_keys_with_unquoted_values()
    {
        var type = MediaType.Parse("Application/JSON; Version=\"2.0\"; indent=4");

        Assert.Equal("application", type.MainType);
        Assert.Equal("json", type.SubType);
        Assert.Equal("2.0", type.Parameters["version"]);
        Assert.Equal("4", type.Parameters["indent"]);
    }
}
