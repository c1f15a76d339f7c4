// Provides DRF's permission operators (&, |, !) on permission types, producing the And, Or and Not combinators.
namespace RestFramework.Permissions;

/// <summary>
/// A permission class that composes with <c>&amp;</c>, <c>|</c> and <c>!</c> as DRF's <c>&amp;</c>, <c>|</c> and <c>~</c>:
/// <c>PermissionType.Of&lt;IsAdminUser&gt;() | !PermissionType.Of&lt;IsAuthenticated&gt;()</c>. It converts to the
/// <see cref="System.Type"/> of the combinator (<c>Or&lt;IsAdminUser, Not&lt;IsAuthenticated&gt;&gt;</c>), so it fits in <c>PermissionTypes</c>.
/// </summary>
/// <remarks>Composing builds generic types by reflection: keep composed types in <c>static readonly</c> fields, not in per-request code.</remarks>
public readonly record struct PermissionType
{
    private PermissionType(Type type) => Type = type;

    /// <summary>The permission class.</summary>
    public Type Type { get; }

    /// <summary>The permission class <typeparamref name="T"/>.</summary>
    public static PermissionType Of<T>()
        where T : IPermission => new(typeof(T));

    /// <summary>Both permissions must grant.</summary>
    public static PermissionType operator &(PermissionType left, PermissionType right) =>
        new(typeof(And<,>).MakeGenericType(left.Type, right.Type));

    /// <summary>Either permission must grant.</summary>
    public static PermissionType operator |(PermissionType left, PermissionType right) =>
        new(typeof(Or<,>).MakeGenericType(left.Type, right.Type));

    /// <summary>The permission must refuse.</summary>
    public static PermissionType operator !(PermissionType operand) =>
        new(typeof(Not<>).MakeGenericType(operand.Type));

    /// <summary>The combinator's type, for <c>PermissionTypes</c>.</summary>
    public static implicit operator Type(PermissionType permission) => permission.Type;

    /// <summary>The same as <c>&amp;</c>.</summary>
    public PermissionType BitwiseAnd(PermissionType other) => this & other;

    /// <summary>The same as <c>|</c>.</summary>
    public PermissionType BitwiseOr(PermissionType other) => this | other;

    /// <summary>The same as <c>!</c>.</summary>
    public PermissionType LogicalNot() => !this;

    /// <summary>The type, for <c>PermissionTypes</c>.</summary>
    public Type ToType() => Type;
}
