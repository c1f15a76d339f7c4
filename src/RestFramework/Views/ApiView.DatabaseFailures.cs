// Provides the mapping of a transient database failure to 503 Service Unavailable, logged once a minute.
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using RestFramework.Exceptions;

namespace RestFramework.Views;

public abstract partial class ApiView
{
    /// <summary>The <c>Retry-After</c> of the 503 answered while the database is unreachable, in seconds.</summary>
    private const int DatabaseRetryAfterSeconds = 5;

    /// <summary><see cref="ServiceUnavailable"/> in place of a transient database error (logged once a minute), else the exception itself.</summary>
    private Exception MapTransientDatabaseFailure(Exception exception)
    {
        if (exception is ApiException || TransientDatabaseFailure.Find(exception) is not { } error)
        {
            return exception;
        }
        Services.GetService<DatabaseFailureLog>()?.Warn(GetType().Name, error);
        return new ServiceUnavailable(DatabaseRetryAfterSeconds);
    }

    /// <summary>Writes the 503 of <see cref="MapTransientDatabaseFailure"/> as JSON when rendering itself failed on the database.</summary>
    /// <returns>False, writing nothing, when <paramref name="exception"/> is not a transient database error.</returns>
    private async ValueTask<bool> TryWriteDatabaseUnavailableAsync(Exception exception)
    {
        if (MapTransientDatabaseFailure(exception) is not ServiceUnavailable unavailable)
        {
            return false;
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["detail"] = unavailable.Message });
        var http = HttpContext.Response;
        http.StatusCode = unavailable.StatusCode;
        http.ContentType = "application/json";
        http.ContentLength = body.Length;
        http.Headers[HeaderNames.RetryAfter] = DatabaseRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        if (!string.Equals(Request.Method, HttpMethods.Head, StringComparison.Ordinal))
        {
            await http.Body.WriteAsync(body, HttpContext.RequestAborted);
        }
        return true;
    }
}
