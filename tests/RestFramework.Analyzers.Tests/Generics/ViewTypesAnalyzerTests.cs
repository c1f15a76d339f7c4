// Provides the tests of the serializer and policy class checks (RF1030, RF1031).
using RestFramework.Analyzers.Generics;

namespace RestFramework.Analyzers.Tests.Generics;

public sealed class ViewTypesAnalyzerTests
{
    private const string Types = """
        public sealed class QuestionSerializer : ModelSerializer<Question>
        {
            protected override void Meta(ModelMeta meta) => meta.AllFields();
        }

        public abstract class BaseSerializer : ModelSerializer<Question>
        {
        }

        public sealed class ServiceSerializer : ModelSerializer<Question>
        {
            public ServiceSerializer(IServiceProvider services) => _ = services;

            protected override void Meta(ModelMeta meta) => meta.AllFields();
        }

        public sealed class NotASerializer
        {
        }

        public sealed class OnlyOwners : BasePermission
        {
        }

        """;

    private static string View(string members) => Models.Usings + Types + $$"""
        public sealed class QuestionViewSet : ModelViewSet<Question>
        {
            {{members}}
        }
        """;

    [Theory]
    [InlineData("NotASerializer")]
    [InlineData("BaseSerializer")]
    [InlineData("ServiceSerializer")]
    [InlineData("Question")]
    public Task Serializer_type_that_cannot_serve_a_generic_view_is_reported(string type) => AnalyzerHarness.AssertReportsAsync(
        new ViewTypesAnalyzer(),
        View($"public override Type? SerializerType => [|typeof({type})|];"),
        "RF1030",
        $"{type} must be a concrete Serializer with a parameterless constructor to serve a generic view");

    [Fact]
    public Task Serializer_type_of_an_action_is_checked() => AnalyzerHarness.AssertReportsAsync(
        new ViewTypesAnalyzer(),
        View("""
            [Action(Detail = true, SerializerType = [|typeof(NotASerializer)|])]
                public ValueTask<Response> PracticeAsync(Request request) => ValueTask.FromResult(new Response());
            """),
        "RF1030",
        "NotASerializer must be a concrete Serializer with a parameterless constructor to serve a generic view");

    [Theory]
    [InlineData("public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated), [|typeof(NotASerializer)|]];", "NotASerializer", "IPermission")]
    [InlineData("public override IReadOnlyList<Type>? ThrottleTypes => new[] { [|typeof(OnlyOwners)|] };", "OnlyOwners", "IThrottle")]
    [InlineData("public override Type? PaginatorType => [|typeof(QuestionSerializer)|];", "QuestionSerializer", "IPaginator")]
    [InlineData("public override IReadOnlyList<Type>? FilterBackendTypes => [[|typeof(IsAuthenticated)|]];", "IsAuthenticated", "IFilterBackend")]
    [InlineData("""[Action(Detail = false, PermissionTypes = [[|typeof(Question)|]])] public ValueTask<Response> RecentAsync(Request request) => ValueTask.FromResult(new Response());""", "Question", "IPermission")]
    public Task Policy_class_without_its_interface_is_reported(string member, string type, string contract) => AnalyzerHarness.AssertReportsAsync(
        new ViewTypesAnalyzer(),
        View(member),
        "RF1031",
        $"{type} does not implement {contract}; check the view's policy types");

    [Theory]
    [InlineData("public override Type? SerializerType => typeof(QuestionSerializer);")]
    [InlineData("public override Type? SerializerType => DateTime.Now.Year > 2000 ? typeof(NotASerializer) : null;")]
    [InlineData("public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated), typeof(OnlyOwners)];")]
    [InlineData("public override IReadOnlyList<Type>? FilterBackendTypes => [typeof(SearchFilter), typeof(OrderingFilter), typeof(DjangoFilterBackend)];")]
    [InlineData("""[Action(Detail = false, PermissionTypes = [typeof(IsAdminUser)], SerializerType = typeof(QuestionSerializer))] public ValueTask<Response> RecentAsync(Request request) => ValueTask.FromResult(new Response());""")]
    public Task Valid_or_dynamic_types_are_clean(string member) => AnalyzerHarness.AssertCleanAsync(new ViewTypesAnalyzer(), View(member));

    [Fact]
    public Task Serializer_type_of_an_action_on_a_plain_viewset_is_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ViewTypesAnalyzer(),
        Models.Usings + Types + """
            public sealed class PlainViewSet : ViewSet
            {
                [Action(Detail = true, SerializerType = typeof(string))]
                public ValueTask<Response> ArchiveAsync(Request request) => ValueTask.FromResult(new Response());
            }
            """);

    [Fact]
    public Task Same_names_outside_a_view_are_not_checked() => AnalyzerHarness.AssertCleanAsync(
        new ViewTypesAnalyzer(),
        Models.Usings + Types + """
            public sealed class Settings
            {
                public Type? SerializerType => typeof(NotASerializer);
            }
            """);
}
