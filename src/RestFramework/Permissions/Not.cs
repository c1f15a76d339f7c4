// Provides the negation of a permission (DRF's <c>~A</c>).
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>Grants when <typeparamref name="T"/> refuses; usable in <c>PermissionTypes</c>.</summary>
/// <remarks>A composed permission has no message or code of its own.</remarks>
/// <typeparam name="T">The permission to negate.</typeparam>
public sealed class Not<T> : IPermission
    where T : IPermission
{
    private readonly IPermission _operand;

    /// <summary>Builds the operand with the request's services.</summary>
    public Not(IServiceProvider services) => _operand = PolicyFactory.Create<IPermission>(services, typeof(T));

    /// <inheritdoc />
    public bool HasPermission(Request request, ApiView view) => !_operand.HasPermission(request, view);

    /// <inheritdoc />
    public bool HasObjectPermission(Request request, ApiView view, object obj) => !_operand.HasObjectPermission(request, view, obj);

    /// <inheritdoc />
    public string? Message => null;

    /// <inheritdoc />
    public string? Code => null;
}
