// Provides multi-row INSERT statements built from the EF Core model, for imports of many new rows.
using System.Data.Common;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InterviewPrep.Domain;

/// <summary>Inserts new entities with multi-row <c>INSERT ... VALUES (...), (...)</c> statements, in the context's current transaction.</summary>
/// <remarks>
/// EF Core's SQLite provider sends one command per inserted row (it has no command batching), which makes 150,000 rows a matter of
/// tens of seconds. The statements are built from the model: table and column names, and each property's type mapping, which
/// applies its value converter (enums as text, JSON lists, UTC dates) as SaveChanges would. One command is reused for every full
/// statement, so the database prepares its text once; only the last, shorter statement has a text of its own. Store-generated keys
/// are not written; given a unique property, they are read back with <c>RETURNING</c> (SQLite 3.35+, PostgreSQL) and matched by it,
/// since neither database promises the order of returned rows. The entities are not tracked.
/// </remarks>
internal static class BulkInsert
{
    // Binding a statement's named parameters costs the square of their number, and each statement costs its execution: measured on
    // SQLite, 50,000 rows of 10 columns took 1.3 s at 500 parameters a statement, 0.75 s at 100, 0.57 s at 30-50 and 0.65 s at 10;
    // 100,000 rows of 2 columns were fastest at 20 (0.31 s, 0.51 s at 2).
    private const int ParametersPerStatement = 30;

    /// <summary>
    /// Keeps SQLite's statement journals in memory until the result is disposed, then restores the connection's <c>temp_store</c>;
    /// elsewhere does nothing. Call it before the transaction begins.
    /// </summary>
    /// <remarks>
    /// Inside a transaction SQLite gives each statement that may fail after changing rows (a multi-row insert into a table with a
    /// unique index) a journal of its own, a temporary file by default: one file opened and deleted per statement. Measured on the
    /// 50,000-row question import, keeping them in memory took about 0.4 s off 3 s.
    /// </remarks>
    public static async Task<IAsyncDisposable> StatementJournalsInMemoryAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return NoRestore.Instance;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA temp_store";
        var before = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA temp_store = MEMORY";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new TempStoreRestore(db, before);
    }

    /// <summary>Inserts <paramref name="entities"/>; their store-generated keys are not read back.</summary>
    public static Task InsertAsync<TEntity>(DbContext db, IReadOnlyList<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class =>
        InsertAsync(db, entities, uniqueKey: null, cancellationToken);

    /// <summary>Inserts <paramref name="entities"/> and sets each one's store-generated key, found by the unique string <paramref name="uniqueKey"/>.</summary>
    public static async Task InsertAsync<TEntity>(DbContext db, IReadOnlyList<TEntity> entities, Expression<Func<TEntity, string>>? uniqueKey, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (entities.Count == 0)
        {
            return;
        }
        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"`{typeof(TEntity).Name}` is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => new Column(p, p.GetGetter(), p.GetRelationalTypeMapping()))
            .ToArray();
        var readBack = uniqueKey is null ? null : ReadBack.For(entityType, uniqueKey, table, sql);
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / columns.Length);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var full = connection.CreateCommand();
        full.Transaction = transaction;
        full.CommandText = Text(head, rowsPerStatement, columns.Length) + readBack?.Returning;
        var start = 0;
        for (; start + rowsPerStatement <= entities.Count; start += rowsPerStatement)
        {
            await ExecuteAsync(full, columns, entities, start, rowsPerStatement, readBack, cancellationToken);
        }
        if (start < entities.Count)
        {
            await using var rest = connection.CreateCommand();
            rest.Transaction = transaction;
            rest.CommandText = Text(head, entities.Count - start, columns.Length) + readBack?.Returning;
            await ExecuteAsync(rest, columns, entities, start, entities.Count - start, readBack, cancellationToken);
        }
    }

    private static async Task ExecuteAsync<TEntity>(DbCommand command, Column[] columns, IReadOnlyList<TEntity> entities, int start, int count, ReadBack? readBack, CancellationToken cancellationToken)
        where TEntity : class
    {
        // The first execution of a command creates its parameters with each mapping's settings; later ones only change their values.
        var create = command.Parameters.Count == 0;
        for (var row = 0; row < count; row++)
        {
            var entity = entities[start + row];
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                var value = column.Getter.GetClrValueUsingContainingEntity(entity);
                if (create)
                {
                    command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{command.Parameters.Count}", value, column.Property.IsNullable));
                }
                else
                {
                    command.Parameters[row * columns.Length + c].Value = column.ProviderValue(value);
                }
            }
        }
        if (readBack is null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        var unique = readBack.Unique.GetGetter();
        var byKey = new Dictionary<string, TEntity>(count, StringComparer.Ordinal);
        for (var row = 0; row < count; row++)
        {
            byKey.Add((string)unique.GetClrValueUsingContainingEntity(entities[start + row])!, entities[start + row]);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = Convert.ChangeType(reader.GetValue(0), readBack.Key.ClrType, System.Globalization.CultureInfo.InvariantCulture);
            readBack.Key.PropertyInfo!.SetValue(byKey[reader.GetString(1)], key);
        }
    }

    // The generated key and the unique column that tells which entity each returned row belongs to.
    private sealed record ReadBack(IProperty Key, IProperty Unique, string Returning)
    {
        public static ReadBack For(IEntityType entityType, LambdaExpression uniqueKey, StoreObjectIdentifier table, ISqlGenerationHelper sql)
        {
            var member = (uniqueKey.Body as MemberExpression)?.Member.Name ?? throw new ArgumentException("Expected a property access such as `q => q.Title`.", nameof(uniqueKey));
            var unique = entityType.FindProperty(member) ?? throw new ArgumentException($"`{member}` is not a mapped property.", nameof(uniqueKey));
            if (!entityType.GetIndexes().Any(i => i.IsUnique && i.Properties is [var only] && only == unique))
            {
                throw new ArgumentException($"`{member}` has no unique index: returned rows could not be matched to entities.", nameof(uniqueKey));
            }
            var key = entityType.FindPrimaryKey() is { Properties: [var single] } ? single : throw new ArgumentException("Expected a single-column key.", nameof(uniqueKey));
            return new ReadBack(key, unique, $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}, {sql.DelimitIdentifier(unique.GetColumnName(table)!)}");
        }
    }

    private sealed class NoRestore : IAsyncDisposable
    {
        public static readonly NoRestore Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    // Sets temp_store back (0 default, 1 file, 2 memory) and closes the connection it opened, if EF Core had not opened it.
    private sealed class TempStoreRestore(DbContext db, int before) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var command = db.Database.GetDbConnection().CreateCommand())
            {
                command.CommandText = $"PRAGMA temp_store = {before}";
                await command.ExecuteNonQueryAsync();
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Text(string head, int rows, int columns)
    {
        var text = new StringBuilder(head);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? "@p" : ", @p").Append(row * columns + c);
            }
            text.Append(')');
        }
        return text.ToString();
    }

    private sealed record Column(IProperty Property, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
    {
        // The value RelationalTypeMapping.CreateParameter gives a parameter: through the value converter (an enum without one as its
        // number), null as DBNull.
        public object ProviderValue(object? value)
        {
            if (Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }
            else if (value is Enum)
            {
                value = Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture);
            }
            return value ?? DBNull.Value;
        }
    }
}
