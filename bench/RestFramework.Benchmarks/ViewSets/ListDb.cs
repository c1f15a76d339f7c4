// Provides the SQLite model of the list benchmarks: items in categories, seeded once per run.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace RestFramework.Benchmarks.ViewSets;

public sealed class Category
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public int Rank { get; set; }

    public decimal Price { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }
}

public sealed class ListDb(DbContextOptions<ListDb> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    /// <summary>A fresh file database with <paramref name="count"/> items in 10 categories.</summary>
    public static string Create(int count)
    {
        var connectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"bench-{count}-{Guid.NewGuid():N}.db")}";
        Seed(connectionString, count);
        return connectionString;
    }

    /// <summary>Creates the schema in <paramref name="connectionString"/> and adds <paramref name="count"/> items in 10 categories.</summary>
    public static void Seed(string connectionString, int count)
    {
        using var db = new ListDb(new DbContextOptionsBuilder<ListDb>().UseSqlite(connectionString).Options);
        db.Database.EnsureCreated();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var c = 1; c <= 10; c++)
        {
            command.CommandText = $"INSERT INTO Category (Id, Name) VALUES ({c}, 'category {c}')";
            command.ExecuteNonQuery();
        }
        command.CommandText = "INSERT INTO Items (Name, Rank, Price, CategoryId) VALUES ($n, $r, $p, $c)";
        var name = command.Parameters.Add("$n", SqliteType.Text);
        var rank = command.Parameters.Add("$r", SqliteType.Integer);
        var price = command.Parameters.Add("$p", SqliteType.Text);
        var category = command.Parameters.Add("$c", SqliteType.Integer);
        for (var i = 1; i <= count; i++)
        {
            name.Value = $"item {i}";
            rank.Value = i % 997;
            price.Value = (i % 100 + 0.5m).ToString(System.Globalization.CultureInfo.InvariantCulture);
            category.Value = i % 10 + 1;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
