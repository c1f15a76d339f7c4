// Provides the topics resource, looked up by slug; a topic with questions cannot be deleted.
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using Microsoft.EntityFrameworkCore;
using RestFramework.Caching;
using RestFramework.ViewSets;

namespace InterviewPrep.Views;

/// <summary><c>topics/</c>: anyone reads, staff write; <c>DELETE</c> of a topic with questions is 409.</summary>
public sealed class TopicViewSet : ModelViewSet<Topic>
{
    public override Type? SerializerType => typeof(TopicSerializer);

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAdminOrReadOnly)];

    public override string LookupField => "slug";

    public override ResponseCachePolicy? CachePolicy => Services.GetRequiredService<BankCache>().Policy;

    public override IQueryable<Topic> GetQueryset() => base.GetQueryset().OrderBy(t => t.Id);

    protected override async ValueTask PerformDestroyAsync(Topic instance)
    {
        if (await Db.Set<Question>().AnyAsync(q => q.TopicId == instance.Id, HttpContext.RequestAborted))
        {
            throw new TopicInUse();
        }
        await base.PerformDestroyAsync(instance);
    }
}
