// Provides the users resource: staff list and read users; anyone signed in reads themselves.
using InterviewPrep.Serializers;
using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.ViewSets;

namespace InterviewPrep.Views;

/// <summary><c>users/</c> (staff only) and <c>users/me/</c> (the current user).</summary>
public sealed class UserViewSet : ReadOnlyModelViewSet<User>
{
    public override Type? SerializerType => typeof(UserSerializer);

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAdminUser)];

    public override IQueryable<User> GetQueryset() => base.GetQueryset().OrderBy(u => u.Id);

    [Action(Detail = false, Methods = ["get"], PermissionTypes = [typeof(IsAuthenticated)])]
    public ValueTask<Response> MeAsync(Request request) =>
        ValueTask.FromResult(new Response(GetSerializer(request.User).Data));
}
