// Provides IsAdminOrReadOnly: anyone may read, only staff may write.
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Views;

namespace InterviewPrep.Views;

/// <summary>Safe methods (GET, HEAD, OPTIONS) for anyone; other methods need <c>is_staff</c>.</summary>
public sealed class IsAdminOrReadOnly : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => IsSafeMethod(request.Method) || request.User.IsStaff;
}
