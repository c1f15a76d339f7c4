// Provides the tests of the [Action] and [ActionMapping] checks (RF1001–RF1005).
using RestFramework.Analyzers.ViewSets;

namespace RestFramework.Analyzers.Tests.ViewSets;

public sealed class ActionAnalyzerTests
{
    private static string ViewSet(string members) => Models.Usings + $$"""
        public sealed class QuestionViewSet : ViewSet
        {
        {{members}}
        }
        """;

    [Theory]
    [InlineData("List", "list")]
    [InlineData("ListAsync", "list")]
    [InlineData("CreateAsync", "create")]
    [InlineData("Retrieve", "retrieve")]
    [InlineData("UpdateAsync", "update")]
    [InlineData("PartialUpdateAsync", "partial_update")]
    [InlineData("Destroy", "destroy")]
    public Task Action_on_a_standard_action_is_reported(string method, string action) => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet($$"""
                [Action(Detail = false)]
                public ValueTask<Response> [|{{method}}|](Request request) => ValueTask.FromResult(new Response());
            """),
        "RF1001",
        $"Cannot use the [Action] attribute on QuestionViewSet.{method}, as '{action}' is an existing route: rename it, or override the standard action's method instead");

    [Theory]
    [InlineData("RecentAsync")]
    [InlineData("Listing")]
    [InlineData("UpdateAllAsync")]
    [InlineData("Destroyed")]
    public Task Action_named_otherwise_is_clean(string method) => AnalyzerHarness.AssertCleanAsync(
        new ActionAnalyzer(),
        ViewSet($$"""
                [Action(Detail = true, Methods = ["post"])]
                public ValueTask<Response> {{method}}(Request request) => ValueTask.FromResult(new Response());
            """));

    [Fact]
    public Task Overriding_a_standard_action_without_the_attribute_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ActionAnalyzer(),
        Models.Usings + """
            public sealed class TopicViewSet : ModelViewSet<Topic>
            {
                protected override ValueTask<Response> ListAsync(Request request) => base.ListAsync(request);
            }
            """);

    [Fact]
    public Task Action_without_detail_is_reported() => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet("""
                [[|Action(Methods = ["post"])|]]
                public ValueTask<Response> RecentAsync(Request request) => ValueTask.FromResult(new Response());
            """),
        "RF1002",
        "[Action] on QuestionViewSet.RecentAsync must set Detail: true for an action on one object, false for one on the list");

    [Fact]
    public Task Action_with_name_and_suffix_is_reported() => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet("""
                [[|Action(Detail = true, Name = "Recent", Suffix = "List")|]]
                public ValueTask<Response> RecentAsync(Request request) => ValueTask.FromResult(new Response());
            """),
        "RF1003",
        "[Action] on QuestionViewSet.RecentAsync sets both Name and Suffix, which are mutually exclusive: keep one");

    [Fact]
    public Task Action_with_a_null_suffix_and_a_name_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ActionAnalyzer(),
        ViewSet("""
                [Action(Detail = true, Name = "Recent", Suffix = null)]
                public ValueTask<Response> RecentAsync(Request request) => ValueTask.FromResult(new Response());
            """));

    [Theory]
    [InlineData("public Task<Response> [|RecentAsync|](Request request) => Task.FromResult(new Response());")]
    [InlineData("public ValueTask<Response> [|RecentAsync|]() => ValueTask.FromResult(new Response());")]
    [InlineData("public ValueTask<Response> [|RecentAsync|](Request request, int page) => ValueTask.FromResult(new Response());")]
    [InlineData("public static ValueTask<Response> [|RecentAsync|](Request request) => ValueTask.FromResult(new Response());")]
    [InlineData("public ValueTask<Response> [|RecentAsync|]<T>(Request request) => ValueTask.FromResult(new Response());")]
    public Task Action_with_a_wrong_signature_is_reported(string method) => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet("    [Action(Detail = false)]\n    " + method),
        "RF1004",
        "[Action] method QuestionViewSet.RecentAsync must be an instance method taking one Request and returning ValueTask<Response>");

    [Fact]
    public Task Action_mapping_with_a_wrong_signature_is_reported() => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet("""
                [Action(Detail = true)]
                public ValueTask<Response> ExampleAsync(Request request) => ValueTask.FromResult(new Response());

                [ActionMapping(nameof(ExampleAsync), "post")]
                public Response [|CreateExample|](Request request) => new();
            """),
        "RF1004",
        "[ActionMapping] method QuestionViewSet.CreateExample must be an instance method taking one Request and returning ValueTask<Response>");

    [Fact]
    public Task Action_mapping_naming_no_action_is_reported() => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet("""
                public ValueTask<Response> ExampleAsync(Request request) => ValueTask.FromResult(new Response());

                [ActionMapping([|nameof(ExampleAsync)|], "post")]
                public ValueTask<Response> CreateExampleAsync(Request request) => ValueTask.FromResult(new Response());
            """),
        "RF1005",
        "[ActionMapping] on QuestionViewSet.CreateExampleAsync names ExampleAsync, which is not an [Action] method of QuestionViewSet: name the [Action] method with nameof");

    [Fact]
    public Task Action_mapping_naming_an_action_of_a_base_viewset_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ActionAnalyzer(),
        Models.Usings + """
            public abstract class BaseViewSet : ViewSet
            {
                [Action(Detail = true)]
                public ValueTask<Response> ExampleAsync(Request request) => ValueTask.FromResult(new Response());
            }

            public sealed class QuestionViewSet : BaseViewSet
            {
                [ActionMapping(nameof(ExampleAsync), "post", "delete")]
                public ValueTask<Response> CreateExampleAsync(Request request) => ValueTask.FromResult(new Response());
            }
            """);

    [Fact]
    public Task Action_outside_a_viewset_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ActionAnalyzer(),
        Models.Usings + """
            public sealed class Helper
            {
                [Action]
                public static void List()
                {
                }
            }
            """);

    [Theory]
    [InlineData("[Action(Detail = false, Methods = [\"get\", \"POST\"])]", "[|ActionMapping(nameof(ArchiveAsync), \"post\")|]", "post", "archive")]
    [InlineData("[Action(Detail = false)]", "[|ActionMapping(nameof(ArchiveAsync), \"put\", \"GET\")|]", "get", "archive")]
    public Task Http_method_mapped_twice_is_reported(string action, string mapping, string method, string owner) => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet($$"""
                {{action}}
                public ValueTask<Response> ArchiveAsync(Request request) => ValueTask.FromResult(new Response());

                [{{mapping}}]
                public ValueTask<Response> ChangeArchiveAsync(Request request) => ValueTask.FromResult(new Response());
            """),
        "RF1006",
        $"Method '{method}' has already been mapped to '.{owner}': map each HTTP method of the route once");

    [Fact]
    public Task Http_method_mapped_by_an_earlier_mapping_is_reported() => AnalyzerHarness.AssertReportsAsync(
        new ActionAnalyzer(),
        ViewSet("""
                [Action(Detail = false)]
                public ValueTask<Response> ArchiveAsync(Request request) => ValueTask.FromResult(new Response());

                [ActionMapping(nameof(ArchiveAsync), "post")]
                public ValueTask<Response> CreateArchiveAsync(Request request) => ValueTask.FromResult(new Response());

                [[|ActionMapping(nameof(ArchiveAsync), "delete", "post")|]]
                public ValueTask<Response> ReplaceArchiveAsync(Request request) => ValueTask.FromResult(new Response());
            """),
        "RF1006",
        "Method 'post' has already been mapped to '.create_archive': map each HTTP method of the route once");

    [Fact]
    public Task Mappings_of_distinct_methods_are_clean() => AnalyzerHarness.AssertCleanAsync(
        new ActionAnalyzer(),
        ViewSet("""
                [Action(Detail = true, Methods = ["get", "put"])]
                public ValueTask<Response> ArchiveAsync(Request request) => ValueTask.FromResult(new Response());

                [ActionMapping(nameof(ArchiveAsync), "post")]
                public ValueTask<Response> CreateArchiveAsync(Request request) => ValueTask.FromResult(new Response());

                [ActionMapping(nameof(ArchiveAsync), "delete", "patch")]
                public ValueTask<Response> DropArchiveAsync(Request request) => ValueTask.FromResult(new Response());
            """));
}
