using RestFramework.Authentication;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Throttling;
using RestFramework.Versioning;
using RestFramework.Views;

namespace RestFramework.Tests.Support;

/// <summary>Records the order in which pipeline hooks run, per request (keyed by the X-Trace header).</summary>
public static class Recorder
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<string>> Traces = new();

    public static List<string> For(string trace) => Traces.GetOrAdd(trace, _ => []);

    public static void Add(Request request, string step)
    {
        var trace = request.HttpContext.Request.Headers["X-Trace"].ToString();
        var list = For(trace);
        lock (list)
        {
            list.Add(step);
        }
    }
}

public sealed class RecordingAuthentication : IAuthentication
{
    public ValueTask<AuthenticationResult?> AuthenticateAsync(Request request)
    {
        Recorder.Add(request, "authentication");
        return ValueTask.FromResult<AuthenticationResult?>(null);
    }

    public string? AuthenticateHeader(Request request) => null;
}

public sealed class RecordingPermission : BasePermission
{
    public override bool HasPermission(Request request, ApiView view)
    {
        Recorder.Add(request, "permission");
        return true;
    }
}

public sealed class RecordingThrottle : IThrottle
{
    public ValueTask<bool> AllowRequestAsync(Request request, ApiView view)
    {
        Recorder.Add(request, "throttle");
        return ValueTask.FromResult(true);
    }

    public double? Wait() => null;
}

public sealed class RecordingVersioning : IVersioningScheme
{
    public string? DetermineVersion(Request request)
    {
        Recorder.Add(request, "version:" + (request.AcceptedRenderer is null ? "before-negotiation" : "after-negotiation"));
        return "v9";
    }
}
