// Provides the Django middleware of the reference that REST framework does not cover: SecurityMiddleware's headers and path decoding.
namespace InterviewPrep;

/// <summary>
/// Runs first, outside every other middleware (host filtering included), as Django's middleware wraps every response:
/// <c>X-Content-Type-Options: nosniff</c> and <c>Referrer-Policy: same-origin</c> (SecurityMiddleware's defaults) on every
/// answer, and the path decoded as WSGI decodes it (<c>%2F</c> becomes <c>/</c> before routing; Kestrel keeps it escaped).
/// </summary>
internal sealed class DjangoMiddleware : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.TryAdd("X-Content-Type-Options", "nosniff");
                headers.TryAdd("Referrer-Policy", "same-origin");
                return Task.CompletedTask;
            }, context);
            var path = context.Request.Path.Value;
            if (path is not null && path.Contains("%2F", StringComparison.OrdinalIgnoreCase))
            {
                context.Request.Path = new PathString(path.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase));
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
