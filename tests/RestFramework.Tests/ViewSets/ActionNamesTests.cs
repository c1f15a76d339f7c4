using RestFramework.ViewSets;

namespace RestFramework.Tests.ViewSets;

public sealed class ActionNamesTests
{
    [Theory]
    [InlineData("SetAgeAsync", "set_age")]
    [InlineData("RecentOnes", "recent_ones")]
    [InlineData("ListAsync", "list")]
    [InlineData("PartialUpdateAsync", "partial_update")]
    [InlineData("ExportHTMLPageAsync", "export_html_page")]
    [InlineData("Top10Async", "top10")]
    [InlineData("Async", "async")]
    public void Method_names_become_snake_case_action_names(string method, string action) =>
        Assert.Equal(action, ActionNames.FromMethodName(method));

    [Theory]
    [InlineData("set_age", "Set age")]
    [InlineData("recent_ones", "Recent ones")]
    [InlineData("top10", "Top10")]
    [InlineData("", "")]
    public void Pretty_names_follow_django(string name, string pretty) => Assert.Equal(pretty, ActionNames.PrettyName(name));
}
