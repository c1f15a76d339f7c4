// Provides ApiClient, DRF's APIClient: requests through the real pipeline with JSON, form or multipart bodies, credentials and forced authentication.
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using RestFramework.Authentication;

namespace RestFramework.Testing;

/// <summary>Sends requests to a test host as DRF's <c>APIClient</c> does; bodies are JSON unless a <c>format</c> says otherwise.</summary>
/// <param name="http">A client of the test server (<c>TestServer.CreateClient()</c> or <c>WebApplicationFactory.CreateClient()</c>).</param>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    /// <summary>The multipart boundary DRF's test renderer uses.</summary>
    public const string MultipartBoundary = "BoUnDaRyStRiNg";

    private readonly Dictionary<string, string> _credentials = new(StringComparer.OrdinalIgnoreCase);
    private string? _forcedKey;

    /// <summary>The underlying HTTP client.</summary>
    public HttpClient Http => http;

    /// <summary>Sets headers sent with every later request, replacing earlier credentials (<c>("Authorization", "Token abc")</c>).</summary>
    public ApiClient Credentials(params (string Header, string Value)[] headers)
    {
        _credentials.Clear();
        foreach (var (header, value) in headers)
        {
            _credentials[header] = value;
        }
        return this;
    }

    /// <summary>Makes every later request authenticated as <paramref name="user"/>, bypassing the authentication classes; null for both logs out.</summary>
    /// <remarks>The host must have the test services (<see cref="ApiTestHost"/> adds them; otherwise call <c>AddRestFrameworkTesting</c>).</remarks>
    public ApiClient ForceAuthenticate(IUser? user, object? token = null)
    {
        if (_forcedKey is not null)
        {
            ForcedAuthenticationStartupFilter.Users.TryRemove(_forcedKey, out _);
            _forcedKey = null;
        }
        if (user is not null || token is not null)
        {
            _forcedKey = Guid.NewGuid().ToString("N");
            ForcedAuthenticationStartupFilter.Users[_forcedKey] = new ForcedUser(user, token);
        }
        return this;
    }

    /// <summary>Clears credentials and forced authentication.</summary>
    public void Logout()
    {
        _credentials.Clear();
        ForceAuthenticate(null);
    }

    /// <summary>GET, with <paramref name="query"/> (a dictionary or an anonymous object) as the query string.</summary>
    public Task<ApiResponse> GetAsync(string path, object? query = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Get, WithQuery(path, query), null, headers: headers);

    /// <summary>HEAD, with <paramref name="query"/> as the query string.</summary>
    public Task<ApiResponse> HeadAsync(string path, object? query = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Head, WithQuery(path, query), null, headers: headers);

    /// <summary>POST <paramref name="data"/> rendered in <paramref name="format"/> (<c>json</c>, <c>form</c>, <c>multipart</c>), or raw with <paramref name="contentType"/>.</summary>
    public Task<ApiResponse> PostAsync(string path, object? data = null, string format = "json", string? contentType = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, data, format, contentType, headers);

    /// <summary>PUT; see <see cref="PostAsync"/>.</summary>
    public Task<ApiResponse> PutAsync(string path, object? data = null, string format = "json", string? contentType = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Put, path, data, format, contentType, headers);

    /// <summary>PATCH; see <see cref="PostAsync"/>.</summary>
    public Task<ApiResponse> PatchAsync(string path, object? data = null, string format = "json", string? contentType = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Patch, path, data, format, contentType, headers);

    /// <summary>DELETE; see <see cref="PostAsync"/>.</summary>
    public Task<ApiResponse> DeleteAsync(string path, object? data = null, string format = "json", string? contentType = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Delete, path, data, format, contentType, headers);

    /// <summary>OPTIONS; see <see cref="PostAsync"/>.</summary>
    public Task<ApiResponse> OptionsAsync(string path, object? data = null, string format = "json", string? contentType = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Options, path, data, format, contentType, headers);

    /// <summary>Sends a request with any method; <paramref name="data"/> is a string or bytes when <paramref name="contentType"/> is given.</summary>
    public async Task<ApiResponse> SendAsync(
        HttpMethod method, string path, object? data, string format = "json", string? contentType = null, IDictionary<string, string>? headers = null)
    {
        using var message = new HttpRequestMessage(method, path);
        message.Content = BuildContent(data, format, contentType);
        foreach (var (key, value) in _credentials)
        {
            message.Headers.TryAddWithoutValidation(key, value);
        }
        if (headers is not null)
        {
            foreach (var (key, value) in headers)
            {
                if (!message.Headers.TryAddWithoutValidation(key, value) && message.Content is not null)
                {
                    message.Content.Headers.Remove(key);
                    message.Content.Headers.TryAddWithoutValidation(key, value);
                }
            }
        }
        if (_forcedKey is not null)
        {
            message.Headers.TryAddWithoutValidation(ForcedAuthenticationStartupFilter.HeaderName, _forcedKey);
        }
        using var response = await http.SendAsync(message);
        return await ApiResponse.FromAsync(response);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ForceAuthenticate(null);
        http.Dispose();
    }

    private static HttpContent? BuildContent(object? data, string format, string? contentType)
    {
        if (contentType is not null)
        {
            var raw = data switch
            {
                null => new ByteArrayContent([]),
                byte[] bytes => new ByteArrayContent(bytes),
                _ => new ByteArrayContent(Encoding.UTF8.GetBytes(data.ToString() ?? string.Empty)),
            };
            raw.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return raw;
        }
        if (data is null)
        {
            return null;
        }
        switch (format)
        {
            case "json":
                var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(data, data.GetType(), JsonOptions));
                json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                return json;
            case "form":
                return new FormUrlEncodedContent(Fields(data).Select(f => new KeyValuePair<string, string>(f.Key, Text(f.Value))));
            case "multipart":
                var multipart = new MultipartFormDataContent(MultipartBoundary);
                foreach (var (key, value) in Fields(data))
                {
                    if (value is ApiFile file)
                    {
                        var part = new ByteArrayContent(file.Content);
                        part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
                        multipart.Add(part, key, file.FileName);
                    }
                    else
                    {
                        multipart.Add(new StringContent(Text(value)), key);
                    }
                }
                return multipart;
            default:
                throw new ArgumentException($"Unknown format '{format}'; use json, form or multipart, or pass a contentType.", nameof(format));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = null };

    private static IEnumerable<KeyValuePair<string, object?>> Fields(object data)
    {
        if (data is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            return pairs;
        }
        if (data is IEnumerable<KeyValuePair<string, string>> strings)
        {
            return strings.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value));
        }
        return data.GetType().GetProperties().Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(data)));
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string WithQuery(string path, object? query)
    {
        if (query is null)
        {
            return path;
        }
        var values = Fields(query).Select(f => new KeyValuePair<string, string?>(f.Key, Text(f.Value)));
        return QueryHelpers.AddQueryString(path, values);
    }
}
