// Provides the tests of the field path checks on generic views (RF1020–RF1022).
using RestFramework.Analyzers.Filters;

namespace RestFramework.Analyzers.Tests.Filters;

public sealed class ViewFieldsAnalyzerTests
{
    private static string View(string members, string entity = "Question") => Models.Usings + $$"""
        public sealed class QuestionViewSet : ModelViewSet<{{entity}}>
        {
            {{members}}
        }
        """;

    private static string NoProperty(string path, string entity = "Question") =>
        $"'{path}' names no property of {entity}; use the property names (snake_case or C#) joined by '__'";

    [Theory]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => ["title", [|"titel"|]];""", "titel")]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => ["title", [|"^topic__slg"|]];""", "topic__slg")]
    [InlineData("""public override IReadOnlyList<string>? OrderingFields => [[|"-title"|]];""", "-title")]
    [InlineData("""public override IReadOnlyList<string>? OrderingFields => ["title", [|"__all__"|]];""", "__all__")]
    [InlineData("""public override IReadOnlyList<string>? Ordering => ["title", [|"-rank"|]];""", "rank")]
    [InlineData("""public override FilterFields? FilterFields => new() { "title", { [|"topic__nme"|], "exact", "in" } };""", "topic__nme")]
    [InlineData("""public override FilterFields? FilterFields => new() { [|"tags__name"|] };""", "tags__name")]
    [InlineData("""public override string LookupField => [|"slug"|];""", "slug")]
    [InlineData("""public override FilterFields? FilterFields => Filters; private static readonly FilterFields Filters = new() { "title", { [|"rank"|], "gte" } };""", "rank")]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => Fields; private static readonly string[] Fields = ["title", [|"titel"|]];""", "titel")]
    [InlineData("""public override IReadOnlyList<string>? SearchFields { get { return new[] { [|"body"|] }; } }""", "body")]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => new List<string> { [|"body"|] };""", "body")]
    public Task Path_naming_no_property_is_reported(string member, string path) => AnalyzerHarness.AssertReportsAsync(
        new ViewFieldsAnalyzer(), View(member), "RF1020", NoProperty(path));

    [Fact]
    public Task Primary_key_of_a_type_without_one_is_reported() => AnalyzerHarness.AssertReportsAsync(
        new ViewFieldsAnalyzer(),
        Models.Usings + """
            public sealed class Note
            {
                public string Text { get; set; } = "";
            }

            public sealed class NoteViewSet : ModelViewSet<Note>
            {
                public override IReadOnlyList<string>? Ordering => [[|"pk"|]];
            }
            """,
        "RF1020",
        NoProperty("pk", "Note"));

    [Theory]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => ["title", "^answer", "=topic__slug", "@Title", "$topic__name", "tags__label"];""")]
    [InlineData("""public override IReadOnlyList<string>? OrderingFields => ["title", "frequency_rank", "FrequencyRank", "frequencyrank", "created_at", "topic__name", "pk"];""")]
    [InlineData("""public override IReadOnlyList<string>? OrderingFields => ["__all__"];""")]
    [InlineData("""public override IReadOnlyList<string>? Ordering => ["-frequency_rank", "topic__created_at", "-pk", "topic__pk"];""")]
    [InlineData("""public override FilterFields? FilterFields => new() { "title", { "frequency_rank", "gte", "lte" }, { "topic__slug", "exact", "in" }, "tags__pk" };""")]
    [InlineData("""public override string LookupField => "pk";""")]
    [InlineData("""public override string LookupField => "topic__slug";""")]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => Fields; private static string[] Fields = ["nope"];""")]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => Fields; private readonly string[] Fields = ["nope"];""")]
    [InlineData("""public override IReadOnlyList<string>? SearchFields => [.. Extra, "title"]; private static readonly string[] Extra = ["nope"];""")]
    [InlineData("""public override string LookupField => DateTime.Now.Year > 2000 ? "slug" : "id";""")]
    public Task Valid_or_dynamic_paths_are_clean(string member) => AnalyzerHarness.AssertCleanAsync(new ViewFieldsAnalyzer(), View(member));

    [Fact]
    public Task Tag_key_attribute_is_its_primary_key() => AnalyzerHarness.AssertCleanAsync(
        new ViewFieldsAnalyzer(),
        View("""public override IReadOnlyList<string>? Ordering => ["pk"];""", "Tag"));

    [Fact]
    public Task Paths_of_a_view_over_a_type_parameter_are_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ViewFieldsAnalyzer(),
        Models.Usings + """
            public abstract class AnyViewSet<T> : ModelViewSet<T>
                where T : class
            {
                public override IReadOnlyList<string>? SearchFields => ["nope"];
            }
            """);

    [Fact]
    public Task Same_names_on_a_class_that_is_no_generic_view_are_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ViewFieldsAnalyzer(),
        Models.Usings + """
            public sealed class PlainViewSet : ViewSet
            {
                public override string LookupField => "nope";
            }
            """);

    [Theory]
    [InlineData("[|\"frequency_rank\"|]", "frequency_rank", "Int32")]
    [InlineData("[|\"=topic\"|]", "topic", "Topic")]
    [InlineData("[|\"^created_at\"|]", "created_at", "DateTime")]
    public Task Search_field_that_is_not_a_string_is_reported(string field, string path, string type) => AnalyzerHarness.AssertReportsAsync(
        new ViewFieldsAnalyzer(),
        View($"public override IReadOnlyList<string>? SearchFields => [\"title\", {field}];"),
        "RF1021",
        $"Search field '{path}' of Question must be a string property, not {type}");

    [Theory]
    [InlineData("""public override IReadOnlyList<string>? Ordering => [[|"-questions__title"|]];""")]
    [InlineData("""public override IReadOnlyList<string>? OrderingFields => ["name", [|"questions__title"|]];""")]
    public Task Ordering_across_a_collection_is_reported(string member) => AnalyzerHarness.AssertReportsAsync(
        new ViewFieldsAnalyzer(),
        View(member, "Topic"),
        "RF1022",
        "Cannot order Topic by 'questions__title', which crosses a collection: order by a path through single-valued relations");

    [Fact]
    public Task Filtering_and_searching_across_a_collection_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ViewFieldsAnalyzer(),
        View("""
            public override IReadOnlyList<string>? SearchFields => ["questions__title"];

                public override FilterFields? FilterFields => new() { "questions__frequency_rank" };
            """, "Topic"));

    [Theory]
    [InlineData("""public override FilterFields? FilterFields => new() { { "frequency_rank", "gte", [|"between"|] } };""", "RF1023", "Filter 'frequency_rank__between': unsupported lookup 'between'; use one of exact, iexact, contains, icontains, startswith, istartswith, endswith, iendswith, gt, gte, lt, lte, in, isnull, range, or a method filter")]
    [InlineData("""public override FilterFields? FilterFields => new() { { "frequency_rank", [|"icontains"|] } };""", "RF1024", "Filter 'frequency_rank__icontains': the 'icontains' lookup needs a string property, but Question.frequency_rank is Int32")]
    [InlineData("""public override FilterFields? FilterFields => new() { { "topic__created_at", "exact", [|"startswith"|] } };""", "RF1024", "Filter 'topic__created_at__startswith': the 'startswith' lookup needs a string property, but Question.topic__created_at is DateTime")]
    public Task Filter_lookup_the_backend_rejects_is_reported(string member, string id, string message) =>
        AnalyzerHarness.AssertReportsAsync(new ViewFieldsAnalyzer(), View(member), id, message);

    [Theory]
    [InlineData("""AddFilter("min_rank", "frequency_rank", "gte"); AddFilter("title", "title", "icontains"); AddFilter("topic", "topic__slug");""")]
    [InlineData("""AddFields(new FilterFields { "title", { "frequency_rank", "gt", "lt", "range", "isnull" } });""")]
    [InlineData("""AddFilter("dynamic", DateTime.Now.Year > 2000 ? "nope" : "other");""")]
    public Task Valid_or_dynamic_filter_set_declarations_are_clean(string body) => AnalyzerHarness.AssertCleanAsync(
        new ViewFieldsAnalyzer(),
        Models.Usings + $$"""
            public sealed class QuestionFilterSet : FilterSet<Question>
            {
                public QuestionFilterSet()
                {
                    {{body}}
                }
            }
            """);

    [Theory]
    [InlineData("""AddFilter("rank", [|"rank"|], "gte");""", "RF1020", "'rank' names no property of Question; use the property names (snake_case or C#) joined by '__'")]
    [InlineData("""AddFilter("rank", "frequency_rank", [|"above"|]);""", "RF1023", "Filter 'rank': unsupported lookup 'above'; use one of exact, iexact, contains, icontains, startswith, istartswith, endswith, iendswith, gt, gte, lt, lte, in, isnull, range, or a method filter")]
    [InlineData("""AddFilter("rank", "frequency_rank", lookup: [|"iexact"|]);""", "RF1024", "Filter 'rank': the 'iexact' lookup needs a string property, but Question.frequency_rank is Int32")]
    [InlineData("""AddFields(new FilterFields { "title", [|"topic__titl"|] });""", "RF1020", "'topic__titl' names no property of Question; use the property names (snake_case or C#) joined by '__'")]
    public Task Filter_set_declaration_the_runtime_rejects_is_reported(string body, string id, string message) => AnalyzerHarness.AssertReportsAsync(
        new ViewFieldsAnalyzer(),
        Models.Usings + $$"""
            public sealed class QuestionFilterSet : FilterSet<Question>
            {
                public QuestionFilterSet()
                {
                    {{body}}
                }
            }
            """,
        id,
        message);
}
