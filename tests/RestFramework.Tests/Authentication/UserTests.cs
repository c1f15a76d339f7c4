using RestFramework.Authentication;

namespace RestFramework.Tests.Authentication;

public sealed class UserTests
{
    [Theory]
    [InlineData(true, false, "quiz.add_question", true)]
    [InlineData(true, false, "quiz.delete_question", false)]
    [InlineData(false, false, "quiz.add_question", false)]
    [InlineData(true, true, "anything.at_all", true)]
    [InlineData(false, true, "anything.at_all", false)]
    public void Permissions_follow_djangos_model_backend(bool active, bool superuser, string permission, bool expected)
    {
        var user = new User { IsActive = active, IsSuperuser = superuser, Permissions = ["quiz.add_question"] };

        Assert.Equal(expected, user.HasPermission(permission));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    [InlineData(false, true, false)]
    public void Only_active_superusers_hold_object_permissions(bool active, bool superuser, bool expected)
    {
        var user = new User { IsActive = active, IsSuperuser = superuser, Permissions = ["quiz.change_question"] };

        Assert.Equal(expected, user.HasPermission("quiz.change_question", new object()));
    }

    [Fact]
    public void Users_are_authenticated_and_expose_their_id()
    {
        IUser user = new User { Id = 7, UserName = "alice" };

        Assert.True(user.IsAuthenticated);
        Assert.Equal(7, user.Id);
        Assert.False(((IUser)AnonymousUser.Instance).HasPermission("x", new object()));
    }
}
