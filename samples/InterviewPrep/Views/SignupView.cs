// Provides signup: POST a username, email and password to create a user.
using InterviewPrep.Serializers;
using RestFramework.Authentication;
using RestFramework.Generics;
using RestFramework.Permissions;
using RestFramework.Throttling;

namespace InterviewPrep.Views;

/// <summary><c>POST auth/signup/</c>: 201 <c>{"id", "username", "email"}</c>; throttled by the <c>signup</c> scope.</summary>
public sealed class SignupView : CreateApiView<User>
{
    public override Type? SerializerType => typeof(SignupSerializer);

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(AllowAny)];

    public override IReadOnlyList<Type>? ThrottleTypes => [typeof(ScopedRateThrottle)];

    public override string? ThrottleScope => "signup";
}
