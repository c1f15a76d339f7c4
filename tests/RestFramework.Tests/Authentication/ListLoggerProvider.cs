using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RestFramework.Tests.Authentication;

/// <summary>Keeps every formatted log message (and exception text), and each entry's level, event name and whether it carried an exception, for assertions.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ConcurrentQueue<(LogLevel Level, string Event, bool HasException)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(ListLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            provider.Messages.Enqueue(formatter(state, exception) + exception);
            provider.Entries.Enqueue((logLevel, eventId.Name ?? string.Empty, exception is not null));
        }
    }
}
