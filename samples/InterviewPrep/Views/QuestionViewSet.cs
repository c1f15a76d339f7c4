// Provides the questions resource: filters, search, ordering, v1/v2 representations, practice and CSV import.
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using RestFramework.Caching;
using RestFramework.Filters;
using RestFramework.ViewSets;

namespace InterviewPrep.Views;

/// <summary><c>questions/</c>: anyone reads, staff write; <c>practice</c> for signed-in users, <c>import</c> for staff.</summary>
public sealed partial class QuestionViewSet : ModelViewSet<Question>
{
    private static readonly FilterFields Filters = new()
    {
        "level",
        "topic__slug",
        { "frequency_rank", "gte", "lte" },
    };

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAdminOrReadOnly)];

    public override FilterFields? FilterFields => Filters;

    public override ResponseCachePolicy? CachePolicy => Services.GetRequiredService<BankCache>().Policy;

    public override IReadOnlyList<string>? SearchFields => ["title", "answer"];

    public override IReadOnlyList<string>? OrderingFields => ["frequency_rank", "created_at", "title"];

    public override IReadOnlyList<string>? Ordering => ["frequency_rank", "id"];

    // The extra actions declare their own serializers ([Action(SerializerType = ...)]), which take precedence on their routes. The
    // OpenAPI generator reads this without a request (see SchemaGenerator), hence the pattern.
    public override Type? SerializerType => Request is { Version: "v2" } ? typeof(QuestionV2Serializer) : typeof(QuestionSerializer);
}
