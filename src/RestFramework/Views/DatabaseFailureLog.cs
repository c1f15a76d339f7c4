// Provides the one warning a minute about an unreachable database, in place of a stack trace per failed request.
using System.Data.Common;
using Microsoft.Extensions.Logging;
using RestFramework.Exceptions;

namespace RestFramework.Views;

/// <summary>Logs a transient database failure as one warning per <see cref="Interval"/>, with the error's type and message only.</summary>
internal sealed partial class DatabaseFailureLog(ILogger<DatabaseFailureLog> logger, TimeProvider time)
{
    /// <summary>The shortest time between two warnings.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly WarningGate _gate = new(time, Interval);

    /// <summary>Logs <paramref name="error"/>, seen by <paramref name="view"/>, unless a warning was logged within the interval.</summary>
    public void Warn(string view, DbException error)
    {
        if (_gate.Allow())
        {
            Log.DatabaseUnavailable(logger, view, error.GetType().Name, error.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3, EventName = "DatabaseUnavailable", Level = LogLevel.Warning,
            Message = "The database is unavailable ({Error}: {Reason}), seen by view {View}; requests answer 503 until it returns. Next warning in a minute at the earliest.")]
        public static partial void DatabaseUnavailable(ILogger logger, string view, string error, string reason);
    }
}
