// Provides the OPTIONS description of GenericApiView: the writable fields for POST and PUT, when the caller may use them.
using RestFramework.Exceptions;
using RestFramework.Metadata;
using RestFramework.Serializers;
using RestFramework.Requests;

namespace RestFramework.Generics;

public abstract partial class GenericApiView<TEntity> : IDescribesActions
{
    /// <summary>DRF's <c>determine_actions</c>: for POST and PUT among the allowed methods, the serializer's fields, when permissions (and, for PUT, the object lookup) pass.</summary>
    /// <remarks>As in DRF, the request is re-checked as if it used each method, while <c>Action</c> stays <c>metadata</c>.</remarks>
    public async ValueTask<IReadOnlyDictionary<string, object?>> DetermineActionsAsync(Request request)
    {
        var actions = new OrderedDictionary<string, object?>();
        var http = HttpContext.Request;
        var original = http.Method;
        foreach (var method in new[] { "POST", "PUT" })
        {
            if (!AllowedMethods.Contains(method))
            {
                continue;
            }
            http.Method = method;
            try
            {
                CheckPermissions(request);
                if (method == "PUT")
                {
                    await GetObjectAsync();
                }
                actions[method] = SerializerMetadata.Describe(GetSerializer());
            }
            catch (ApiException)
            {
                // The caller may not use this method: DRF leaves it out.
            }
            finally
            {
                http.Method = original;
            }
        }
        return actions;
    }
}
