// Provides the fields of the obtain-token endpoint (DRF's AuthTokenSerializer), as its OPTIONS response describes them.
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Authentication;

/// <summary>DRF's <c>AuthTokenSerializer</c>: write-only <c>username</c> and <c>password</c>, a read-only <c>token</c>.</summary>
public sealed class AuthTokenSerializer : Serializer
{
    /// <inheritdoc />
    protected override void Configure(FieldBuilder fields) => fields
        .Add("username", new CharField { Label = "Username", WriteOnly = true })
        .Add("password", new CharField { Label = "Password", WriteOnly = true, TrimWhitespace = false })
        .Add("token", new CharField { Label = "Token", ReadOnly = true });
}
