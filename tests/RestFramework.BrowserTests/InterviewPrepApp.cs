// Provides the InterviewPrep sample as the browser drives it: its built dll as its own process on a free loopback port and a fresh SQLite file.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace RestFramework.BrowserTests;

public sealed class InterviewPrepApp : IAsyncLifetime
{
    public const string AdminUser = "admin";

    public const string AdminPassword = "browser-admin-pass";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"prep-browser-{Guid.NewGuid():N}.db");
    private readonly StringBuilder _log = new();
    private Process? _process;

    /// <summary>The app's base URL, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>The sample's dll, built beside its project in the test's configuration (the test project references it for the build only).</summary>
    public static string DllPath { get; } = typeof(InterviewPrepApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "InterviewPrepDll").Value!;

    /// <summary>What the sample wrote to stdout and stderr so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(DllPath))
        {
            throw new InvalidOperationException($"The sample is not built at {DllPath}.");
        }
        Url = $"http://127.0.0.1:{FreePort()}";
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = Path.GetDirectoryName(DllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Url);
        // SQLite and in-memory throttles whatever the surrounding environment says (CI runs the sample's own tests on PostgreSQL).
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Prep"] = $"Data Source={_databasePath}";
        start.Environment.Remove("Redis__Configuration");
        start.Environment["Seed__AdminUsername"] = AdminUser;
        start.Environment["Seed__AdminPassword"] = AdminPassword;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("The sample did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilServingAsync();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The sample exited with code {_process.ExitCode}:\n{Log}");
            }
            try
            {
                using var response = await http.GetAsync(Url + "/api/v1/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still migrating and seeding.
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"The sample did not answer on {Url} within {StartTimeout.TotalSeconds} s:\n{Log}");
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
