// Provides one HTTP method's binding to an action on a viewset route.
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Views;

namespace RestFramework.ViewSets;

/// <summary>The action a method runs on a route, with a compiled call of its C# method.</summary>
/// <param name="Action">The action name (<c>list</c>, <c>set_age</c>).</param>
/// <param name="Invoke">Calls the action method on a view instance.</param>
internal sealed record ActionBinding(string Action, Func<ApiView, Request, ValueTask<Response>> Invoke);
