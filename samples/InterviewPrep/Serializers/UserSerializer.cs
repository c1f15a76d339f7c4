// Provides the user representation: id, username, email, is_staff, date_joined.
using RestFramework.Authentication;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>A user, without secrets.</summary>
public sealed class UserSerializer : ModelSerializer<User>
{
    protected override void Meta(ModelMeta meta) => meta
        .Fields("id", "username", "email", "is_staff", "date_joined")
        .Declare("username", new CharField { Source = "UserName", MaxLength = User.UserNameMaxLength });
}
