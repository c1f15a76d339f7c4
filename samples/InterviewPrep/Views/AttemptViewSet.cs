// Provides the attempts resource: each user lists, reads and deletes only their own attempts.
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using RestFramework.Mixins;
using RestFramework.Permissions;
using RestFramework.ViewSets;

namespace InterviewPrep.Views;

/// <summary><c>attempts/</c>: list, retrieve and destroy; another user's attempt is 404.</summary>
public sealed class AttemptViewSet : GenericViewSet<Attempt>, IListModelMixin, IRetrieveModelMixin, IDestroyModelMixin
{
    public override Type? SerializerType => typeof(AttemptSerializer);

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticated)];

    public override IQueryable<Attempt> GetQueryset()
    {
        var userId = (int)Request.User.Id!;
        return base.GetQueryset().Where(a => a.UserId == userId).OrderBy(a => a.Id);
    }
}
