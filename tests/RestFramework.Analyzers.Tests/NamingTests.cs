// Provides the tests that the analyzers name members exactly as the runtime does.
namespace RestFramework.Analyzers.Tests;

public sealed class NamingTests
{
    [Theory]
    [InlineData("PublishedAt")]
    [InlineData("HTTPCode")]
    [InlineData("Id")]
    [InlineData("TopicId")]
    [InlineData("IsStaff")]
    [InlineData("Address2Line")]
    [InlineData("Under_Score")]
    [InlineData("URL")]
    public void Snake_case_matches_the_runtime(string name) =>
        Assert.Equal(RestFramework.Fields.Naming.SnakeCase(name), Naming.SnakeCase(name));

    [Theory]
    [InlineData("ListAsync", "list")]
    [InlineData("PartialUpdateAsync", "partial_update")]
    [InlineData("SetAge", "set_age")]
    [InlineData("RecentOnesAsync", "recent_ones")]
    [InlineData("ImportCSVFile", "import_csv_file")]
    [InlineData("Async", "async")]
    public void Action_name_drops_async_then_snake_cases(string method, string action) =>
        Assert.Equal(action, Naming.ActionName(method));
}
