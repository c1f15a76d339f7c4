// Provides the OR composition of two permissions (DRF's <c>A | B</c>).
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>Grants when <typeparamref name="T1"/> or <typeparamref name="T2"/> grants; usable in <c>PermissionTypes</c>.</summary>
/// <remarks>
/// On an object, an operand grants only if it grants both the request and the object, as DRF 3.14 checks.
/// A composed permission has no message or code of its own.
/// </remarks>
/// <typeparam name="T1">The first permission, checked first.</typeparam>
/// <typeparam name="T2">The second permission, checked when the first refuses.</typeparam>
public sealed class Or<T1, T2> : IPermission
    where T1 : IPermission
    where T2 : IPermission
{
    private readonly IPermission _first;
    private readonly IPermission _second;

    /// <summary>Builds both operands with the request's services.</summary>
    public Or(IServiceProvider services)
    {
        _first = PolicyFactory.Create<IPermission>(services, typeof(T1));
        _second = PolicyFactory.Create<IPermission>(services, typeof(T2));
    }

    /// <inheritdoc />
    public bool HasPermission(Request request, ApiView view) =>
        _first.HasPermission(request, view) || _second.HasPermission(request, view);

    /// <inheritdoc />
    public bool HasObjectPermission(Request request, ApiView view, object obj) =>
        (_first.HasPermission(request, view) && _first.HasObjectPermission(request, view, obj)) ||
        (_second.HasPermission(request, view) && _second.HasObjectPermission(request, view, obj));

    /// <inheritdoc />
    public string? Message => null;

    /// <inheritdoc />
    public string? Code => null;
}
