// Provides pluggable answers to OPTIONS requests.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Metadata;

/// <summary>Builds the body of an OPTIONS response.</summary>
public interface IMetadata
{
    /// <summary>The metadata describing <paramref name="view"/> for <paramref name="request"/>.</summary>
    ValueTask<object> DetermineMetadataAsync(Request request, ApiView view);
}
