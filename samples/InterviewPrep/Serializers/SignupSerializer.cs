// Provides the signup serializer: a new user from a username, an email and a confirmed password.
using RestFramework.Authentication;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace InterviewPrep.Serializers;

/// <summary>Validates a signup and creates the user with a hashed password; the representation never holds the password.</summary>
public sealed class SignupSerializer : Serializer<User>
{
    protected override void Configure(FieldBuilder fields) => fields
        .Add("id", new IntegerField { ReadOnly = true })
        .Add("username", new CharField
        {
            MaxLength = User.UserNameMaxLength,
            Source = "UserName",
            Validators = [new UniqueValidator<User>(c => c.GetDbContext()!.Set<User>(), nameof(User.UserName), "A user with that username already exists.")],
        })
        .Add("email", new EmailField())
        .Add("password", new CharField { WriteOnly = true, MinLength = 8 })
        .Add("password_confirm", new CharField { WriteOnly = true });

    protected override OrderedDictionary<string, object?> Validate(OrderedDictionary<string, object?> attrs) =>
        Equals(attrs["password"], attrs["password_confirm"]) ? attrs : throw new ValidationError("Passwords do not match.");

    protected override async ValueTask<User> CreateAsync(OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken)
    {
        var store = Context.Request!.HttpContext.RequestServices.GetRequiredService<IUserStore>();
        return await store.CreateUserAsync((string)validatedData["UserName"]!, (string)validatedData["password"]!, (string)validatedData["email"]!, cancellationToken: cancellationToken);
    }
}
