// Tests that a body the server refuses while it is read (BadHttpRequestException) is answered with its status and detail.
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RestFramework.Negotiation;
using RestFramework.Parsers;
using RestFramework.Requests;
using RestFramework.Settings;
using RestFramework.Tests.Parsers;

namespace RestFramework.Tests.Requests;

public sealed class BadRequestBodyTests
{
    // Kestrel's errors while a body is read, as the body stream raises them, with the content length (or chunked) they come with.
    [Theory]
    [InlineData("Bad chunk size data.", 400, null)]
    [InlineData("Unexpected end of request content.", 400, 10L)]
    [InlineData("Request body too large. The max request body size is 30000000 bytes.", 413, null)]
    [InlineData("Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate.", 408, 5L)]
    [InlineData("Bad chunk size data.", 0, null)]
    public async Task A_refused_body_read_is_a_client_error_with_its_status(string message, int status, long? length)
    {
        // Status 0: Kestrel's IOException for a chunk size beyond 32 bits (an OverflowException inside), a 400 too.
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = length;
        if (length is null)
        {
            http.Request.Headers.TransferEncoding = "chunked";
        }
        http.Request.Body = new RefusingStream(message, status);
        var request = new Request(http, new RestFrameworkOptions(), [new JsonParser()], [], new DefaultContentNegotiation());

        var error = await Assert.ThrowsAsync<BadRequestBody>(() => request.ReadBodyAsync(long.MaxValue).AsTask());

        Assert.Equal((status == 0 ? 400 : status, message, "bad_request"), (error.StatusCode, error.Detail.ToString(), error.GetCodes().ToString()));
    }

    [Fact]
    public async Task A_body_read_failing_after_the_client_left_is_cancelled_not_answered()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var http = new DefaultHttpContext { RequestAborted = aborted.Token };
        http.Request.Method = "POST";
        http.Request.ContentLength = 10;
        http.Request.Body = new RefusingStream("Unexpected end of request content.", 400);
        var request = new Request(http, new RestFrameworkOptions(), [new JsonParser()], [], new DefaultContentNegotiation());

        await Assert.ThrowsAsync<OperationCanceledException>(() => request.ReadBodyAsync(long.MaxValue).AsTask());
    }

    [Theory]
    [InlineData(400, "Bad chunk size data.")]
    [InlineData(413, "Request body too large. The max request body size is 30000000 bytes.")]
    [InlineData(408, "Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate.")]
    [InlineData(0, "Bad chunk size data.")]
    public async Task The_view_answers_json_detail_with_the_status_and_logs_no_error(int status, string message)
    {
        var logs = new ErrorLog();
        await using var host = await EchoView.HostAsync(services: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<IStartupFilter>(new RefuseBodies(message, status));
        });

        var response = await host.CreateClient().PostAsync("/echo/", new { a = 1 });

        Assert.Equal(status == 0 ? 400 : status, response.StatusCode);
        Assert.Equal("application/json", response.Headers["Content-Type"]);
        Assert.Equal($$"""{"detail":"{{message}}"}""", response.Text);
        Assert.Empty(logs.Errors);
    }

    /// <summary>A body stream that fails as Kestrel's does on a framing error (status 0: a plain IOException).</summary>
    private sealed class RefusingStream(string message, int status) : MemoryStream
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw Error();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw Error();

        private IOException Error() => status == 0 ? new IOException(message, new OverflowException()) : new BadHttpRequestException(message, status);
    }

    private sealed class RefuseBodies(string message, int status) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Request.Body = new RefusingStream(message, status);
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Errors { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors.Enqueue(formatter(state, exception) + exception);
            }
        }

        public void Dispose()
        {
        }
    }
}
