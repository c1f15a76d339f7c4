// Provides the base of permission classes: grants everything unless overridden.
using Microsoft.AspNetCore.Http;
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>A permission that grants by default; override <see cref="HasPermission"/> or <see cref="HasObjectPermission"/>.</summary>
public abstract class BasePermission : IPermission
{
    /// <summary>The methods that do not change state: GET, HEAD and OPTIONS.</summary>
    public static bool IsSafeMethod(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    /// <inheritdoc />
    public virtual bool HasPermission(Request request, ApiView view) => true;

    /// <inheritdoc />
    public virtual bool HasObjectPermission(Request request, ApiView view, object obj) => true;

    /// <inheritdoc />
    public virtual string? Message => null;

    /// <inheritdoc />
    public virtual string? Code => null;
}
