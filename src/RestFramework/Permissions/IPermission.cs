// Provides pluggable permission policies.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Permissions;

/// <summary>A permission class: every one a view names must grant the request.</summary>
public interface IPermission
{
    /// <summary>Whether the request may reach the view at all.</summary>
    bool HasPermission(Request request, ApiView view);

    /// <summary>Whether the request may act on <paramref name="obj"/>; checked by <c>GetObject</c>.</summary>
    bool HasObjectPermission(Request request, ApiView view, object obj);

    /// <summary>The detail of the 403 when this permission refuses; null for DRF's default.</summary>
    string? Message { get; }

    /// <summary>The code of the 403 when this permission refuses; null for DRF's default.</summary>
    string? Code { get; }
}
