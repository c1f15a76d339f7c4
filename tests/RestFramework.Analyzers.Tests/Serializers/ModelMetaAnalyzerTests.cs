// Provides the tests of the ModelSerializer Meta checks (RF1010–RF1012).
using RestFramework.Analyzers.Serializers;

namespace RestFramework.Analyzers.Tests.Serializers;

public sealed class ModelMetaAnalyzerTests
{
    private static string Serializer(string meta, string entity = "Question", string kind = "public sealed class") => Models.Usings + $$"""
        {{kind}} QuestionSerializer : ModelSerializer<{{entity}}>
        {
            protected override void Meta(ModelMeta meta) => meta
                {{meta}};
        }
        """;

    [Theory]
    [InlineData("""[|"titel"|]""", "titel")]
    [InlineData("""[|"Title"|]""", "Title")]
    [InlineData("""[|"frequencyrank"|]""", "frequencyrank")]
    [InlineData("""[|"topic__slug"|]""", "topic__slug")]
    public Task Fields_naming_no_property_nor_declared_field_is_reported(string name, string shown) => AnalyzerHarness.AssertReportsAsync(
        new ModelMetaAnalyzer(),
        Serializer($$""".Fields("id", {{name}})"""),
        "RF1010",
        $"Field name `{shown}` is not valid for model `Question` in `QuestionSerializer`: name a property of Question in snake_case, or declare the field with Declare");

    [Fact]
    public Task Fields_naming_properties_relations_keys_inherited_and_declared_fields_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Serializer("""
            .Fields("id", "title", "answer", "frequency_rank", "topic", "topic_id", "tags", "created_at", "topic_name")
                    .Declare("topic_name", new CharField { Source = "topic.name", ReadOnly = true })
            """));

    [Fact]
    public Task Fields_with_a_non_constant_name_checks_only_the_constants() => AnalyzerHarness.AssertReportsAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public sealed class QuestionSerializer : ModelSerializer<Question>
            {
                private static string Extra => DateTime.Now.Year > 2000 ? "title" : "answer";

                protected override void Meta(ModelMeta meta) => meta.Fields("id", Extra, [|"nope"|]);
            }
            """,
        "RF1010",
        "Field name `nope` is not valid for model `Question` in `QuestionSerializer`: name a property of Question in snake_case, or declare the field with Declare");

    [Fact]
    public Task Fields_given_as_an_array_field_are_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public sealed class QuestionSerializer : ModelSerializer<Question>
            {
                private static readonly string[] Names = ["id", "nope"];

                protected override void Meta(ModelMeta meta) => meta.Fields(Names);
            }
            """);

    [Fact]
    public Task A_declared_name_that_is_not_constant_turns_the_name_checks_off() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public sealed class QuestionSerializer : ModelSerializer<Question>
            {
                private static string Name => DateTime.Now.Year > 2000 ? "nope" : "other";

                protected override void Meta(ModelMeta meta) => meta.Fields("id", "nope").Declare(Name, new CharField());
            }
            """);

    [Fact]
    public Task A_meta_that_calls_the_base_meta_is_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public class QuestionSerializer : ModelSerializer<Question>
            {
                protected override void Meta(ModelMeta meta) => meta.Fields("id", "label").Declare("label", new CharField());
            }

            public sealed class QuestionV2Serializer : QuestionSerializer
            {
                protected override void Meta(ModelMeta meta)
                {
                    base.Meta(meta);
                    meta.ReadOnlyFields("label", "nope");
                }
            }
            """);

    [Fact]
    public Task A_meta_with_branches_is_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public sealed class QuestionSerializer : ModelSerializer<Question>
            {
                protected override void Meta(ModelMeta meta)
                {
                    if (DateTime.Now.Year > 2000)
                    {
                        meta.Fields("id", "nope");
                    }
                }
            }
            """);

    [Theory]
    [InlineData("abstract class")]
    [InlineData("sealed class")]
    public Task Abstract_and_hyperlinked_serializers_are_not_checked(string kind) => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + $$"""
            public {{kind}} QuestionSerializer : {{(kind == "sealed class" ? "HyperlinkedModelSerializer" : "ModelSerializer")}}<Question>
            {
                protected override void Meta(ModelMeta meta) => meta.Fields("url", "nope");
            }
            """);

    [Fact]
    public Task A_generic_entity_is_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public sealed class AnySerializer<T> : ModelSerializer<T>
                where T : class
            {
                protected override void Meta(ModelMeta meta) => meta.Fields("id", "nope");
            }
            """);

    [Theory]
    [InlineData(""".AllFields().Exclude([|"titel"|])""", "titel", "exclude")]
    [InlineData(""".Fields("id", "title").ReadOnlyFields([|"created"|])""", "created", "read_only_fields")]
    [InlineData(""".Fields("id", "title").ExtraKwargs([|"titl"|], f => f.Required = false)""", "titl", "extra_kwargs")]
    public Task Options_naming_no_field_are_reported(string meta, string name, string option) => AnalyzerHarness.AssertReportsAsync(
        new ModelMetaAnalyzer(),
        Serializer(meta),
        "RF1011",
        $"The field '{name}' was included on serializer QuestionSerializer in '{option}', but does not match any field on the model Question: it is ignored; name a property of Question in snake_case or a declared field");

    [Fact]
    public Task Options_naming_properties_and_declared_fields_are_clean() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Serializer("""
            .Fields("id", "title", "label", "created_at")
                    .Declare("label", new CharField())
                    .ReadOnlyFields("created_at", "label")
                    .ExtraKwargs("title", f => f.Required = false)
                    .Exclude("answer")
            """));

    [Fact]
    public Task Declared_field_missing_from_fields_is_reported() => AnalyzerHarness.AssertReportsAsync(
        new ModelMetaAnalyzer(),
        Serializer("""
            .Fields("id", "title")
                    .Declare([|"label"|], new CharField())
            """),
        "RF1012",
        "The field 'label' was declared on serializer QuestionSerializer, but has not been included in the 'fields' option: add it to Fields(...)");

    [Fact]
    public Task Declared_field_with_all_fields_or_exclude_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Serializer("""
            .AllFields()
                    .Declare("label", new CharField())
            """));

    [Fact]
    public Task Declared_field_with_non_constant_fields_is_clean() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public sealed class QuestionSerializer : ModelSerializer<Question>
            {
                private static readonly string[] Names = ["id", "label"];

                protected override void Meta(ModelMeta meta) => meta.Fields(Names).Declare("label", new CharField());
            }
            """);

    [Fact]
    public Task Fields_of_an_inherited_entity_property_in_a_block_body_are_clean() => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + """
            public sealed class TopicSerializer : ModelSerializer<Topic>
            {
                protected override void Meta(ModelMeta meta)
                {
                    meta.Fields("id", "slug", "created_at", "questions");
                    meta.ReadOnlyFields("created_at");
                }
            }
            """);

    [Theory]
    [InlineData("protected override void [|Meta|](ModelMeta meta) => meta.ReadOnlyFields(\"id\");")]
    [InlineData("protected override void [|Meta|](ModelMeta meta) { }")]
    [InlineData("protected override void [|Meta|](ModelMeta meta) => meta.Declare(\"label\", new CharField());")]
    public Task Meta_selecting_no_fields_is_reported(string meta) => AnalyzerHarness.AssertReportsAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + $$"""
            public sealed class QuestionSerializer : ModelSerializer<Question>
            {
                {{meta}}
            }
            """,
        "RF1013",
        "Creating a ModelSerializer without either the 'fields' attribute or the 'exclude' attribute has been deprecated since 3.3.0, and is now disallowed: call meta.AllFields() (DRF's fields = '__all__'), meta.Fields(...) or meta.Exclude(...) in QuestionSerializer.Meta");

    [Theory]
    [InlineData("meta.AllFields();")]
    [InlineData("meta.Exclude(\"answer\");")]
    [InlineData("meta.Fields(Names);")]
    [InlineData("Configure(meta);")]
    public Task Meta_selecting_fields_or_passing_meta_on_is_clean(string body) => AnalyzerHarness.AssertCleanAsync(
        new ModelMetaAnalyzer(),
        Models.Usings + $$"""
            public sealed class QuestionSerializer : ModelSerializer<Question>
            {
                private static readonly string[] Names = ["id"];

                protected override void Meta(ModelMeta meta)
                {
                    {{body}}
                }

                private static void Configure(ModelMeta meta) => meta.AllFields();
            }
            """);
}
