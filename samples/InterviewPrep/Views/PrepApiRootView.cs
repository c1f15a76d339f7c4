// Provides the API root of the sample: DRF's root view with an empty description, as the contract wants.
using RestFramework.Routers;

namespace InterviewPrep.Views;

/// <summary>The DefaultRouter root; its OPTIONS description is empty.</summary>
public sealed class PrepApiRootView : ApiRootView
{
    public override string GetViewName() => "Api Root";

    public override string GetViewDescription() => string.Empty;
}
