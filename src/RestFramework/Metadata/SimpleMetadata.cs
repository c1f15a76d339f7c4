// Provides DRF's SimpleMetadata: name, description, renders, parses and, for generic views, actions.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Metadata;

/// <summary>DRF's default OPTIONS body: <c>name</c>, <c>description</c>, <c>renders</c>, <c>parses</c>, then <c>actions</c> where a view describes them.</summary>
public sealed class SimpleMetadata : IMetadata
{
    /// <inheritdoc />
    public async ValueTask<object> DetermineMetadataAsync(Request request, ApiView view)
    {
        var metadata = new OrderedDictionary<string, object?>
        {
            ["name"] = view.GetViewName(),
            ["description"] = view.GetViewDescription(),
            ["renders"] = view.GetRenderers().Select(r => r.MediaType).ToList(),
            ["parses"] = view.GetParsers().Select(p => p.MediaType).ToList(),
        };
        if (view is IDescribesActions describer)
        {
            var actions = await describer.DetermineActionsAsync(request);
            if (actions.Count > 0)
            {
                metadata["actions"] = actions;
            }
        }
        return metadata;
    }
}

/// <summary>A view that describes the writable fields of its actions for OPTIONS (generic views do).</summary>
public interface IDescribesActions
{
    /// <summary>The <c>actions</c> section: method name to field descriptions, only for methods the caller may use.</summary>
    ValueTask<IReadOnlyDictionary<string, object?>> DetermineActionsAsync(Request request);
}
