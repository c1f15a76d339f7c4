// Provides CurrentUserDefault, the request user as a default.
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>Defaults to <c>context.Request.User</c>, as DRF's <c>CurrentUserDefault</c>.</summary>
public sealed class CurrentUserDefault : IFieldDefault
{
    /// <inheritdoc />
    public object? GetDefault(Field field, Serializer? root) =>
        root?.Context.Request?.User ?? throw new InvalidOperationException("CurrentUserDefault requires `Request` in the serializer context.");
}
