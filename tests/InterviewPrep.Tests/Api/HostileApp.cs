// Provides the sample on real Kestrel (a loopback port) for the hostile-input corpus: clients by role and raw TCP exchanges.
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RestFramework.Authentication;
using RestFramework.Testing;

namespace InterviewPrep.Tests.Api;

/// <summary>One sample app, served by Kestrel on 127.0.0.1, shared by the corpus; clients for the admin, alice and bob.</summary>
public sealed class HostileApp : IAsyncLifetime
{
    private readonly PrepFactory _factory = new();

    public int Port { get; } = FreePort();

    public ApiClient Admin { get; private set; } = null!;

    public ApiClient Alice { get; private set; } = null!;

    public ApiClient Bob { get; private set; } = null!;

    public ApiClient Anonymous { get; private set; } = null!;

    /// <summary>The admin's token, for raw requests.</summary>
    public string AdminToken { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        _factory.StartServer();
        AdminToken = await TokenAsync(PrepFactory.AdminName);
        Admin = Client(AdminToken);
        Alice = Client(await TokenAsync("alice"));
        Bob = Client(await TokenAsync("bob"));
        Anonymous = Client(null);
    }

    /// <summary>A client of the Kestrel server (not the test server), with a token when given.</summary>
    public ApiClient Client(string? token)
    {
        var client = new ApiClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{Port}") });
        if (token is not null)
        {
            client.Credentials(("Authorization", $"Token {token}"));
        }
        return client;
    }

    private async Task<string> TokenAsync(string userName)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IUserStore>();
        var user = userName == PrepFactory.AdminName
            ? await store.AuthenticateAsync(PrepFactory.AdminName, PrepFactory.AdminPassword) ?? throw new InvalidOperationException("no admin")
            : await store.CreateUserAsync(userName, "secret-password", $"{userName}@example.com", false);
        return (await store.GetOrCreateTokenAsync(user)).Key;
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        Alice.Dispose();
        Bob.Dispose();
        Anonymous.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>Sends <paramref name="request"/> as is and reads until the server closes or answers in full (10 s at most);
    /// returns the status (0 when none came) and the body.</summary>
    public async Task<(int Status, string Body)> RawAsync(byte[] request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer (431, 414) and close before the whole request is written.
        }
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (IsComplete(received.ToArray()))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
        }
        var text = Encoding.Latin1.GetString(received.ToArray());
        var head = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (status, head < 0 ? string.Empty : text[(head + 4)..]);
    }

    /// <summary>A request with the headers given, <c>Host</c> and <c>Connection: close</c>, and the raw body bytes.</summary>
    public static byte[] Request(string requestLine, IEnumerable<string> headers, string body = "") =>
        Encoding.Latin1.GetBytes(string.Join("\r\n", [requestLine, "Host: 127.0.0.1", "Connection: close", .. headers]) + "\r\n\r\n" + body);

    private static bool IsComplete(byte[] received)
    {
        var text = Encoding.Latin1.GetString(received);
        var head = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (head < 0)
        {
            return false;
        }
        var length = System.Text.RegularExpressions.Regex.Match(text[..head], @"(?im)^content-length:\s*(\d+)");
        return length.Success && text.Length - head - 4 >= int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
