// Provides the AND composition of two permissions (DRF's <c>A &amp; B</c>).
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>Grants when both <typeparamref name="T1"/> and <typeparamref name="T2"/> grant; usable in <c>PermissionTypes</c>.</summary>
/// <remarks>As in DRF 3.14, a composed permission has no message or code of its own, so a refusal uses the default detail.</remarks>
/// <typeparam name="T1">The first permission, checked first.</typeparam>
/// <typeparam name="T2">The second permission, checked only when the first grants.</typeparam>
public sealed class And<T1, T2> : IPermission
    where T1 : IPermission
    where T2 : IPermission
{
    private readonly IPermission _first;
    private readonly IPermission _second;

    /// <summary>Builds both operands with the request's services.</summary>
    public And(IServiceProvider services)
    {
        _first = PolicyFactory.Create<IPermission>(services, typeof(T1));
        _second = PolicyFactory.Create<IPermission>(services, typeof(T2));
    }

    /// <inheritdoc />
    public bool HasPermission(Request request, ApiView view) =>
        _first.HasPermission(request, view) && _second.HasPermission(request, view);

    /// <inheritdoc />
    public bool HasObjectPermission(Request request, ApiView view, object obj) =>
        _first.HasObjectPermission(request, view, obj) && _second.HasObjectPermission(request, view, obj);

    /// <inheritdoc />
    public string? Message => null;

    /// <inheritdoc />
    public string? Code => null;
}
