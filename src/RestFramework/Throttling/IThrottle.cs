// Provides pluggable request throttling.
using RestFramework.Requests;
using RestFramework.Views;

namespace RestFramework.Throttling;

/// <summary>A throttle class: every one a view names is checked, and any refusal gives 429.</summary>
public interface IThrottle
{
    /// <summary>Records the request and says whether it is within the rate.</summary>
    ValueTask<bool> AllowRequestAsync(Request request, ApiView view);

    /// <summary>Seconds until the next request would be allowed, or null when unknown.</summary>
    double? Wait();
}
