// Provides the storage of timestamps as UTC, read back as UTC (SQLite keeps no kind).
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InterviewPrep.Data;

/// <summary>Stores <see cref="DateTime"/> values in UTC and marks values read back as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
