// Provides the EF Core model (authors, books, tags) used by the model serializer, relation and projection tests, on in-memory SQLite.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace RestFramework.Tests.Serializers;

public enum BookStatus
{
    Draft,
    InPrint,
}

public sealed class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<Book> Books { get; set; } = [];

    public override string ToString() => Name;
}

public sealed class Tag
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<Book> Books { get; set; } = [];

    public override string ToString() => Name;
}

public sealed class Book
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Subtitle { get; set; }

    public decimal Price { get; set; }

    public BookStatus Status { get; set; }

    public int Rating { get; set; }

    public int AuthorId { get; set; }

    public Author? Author { get; set; }

    public List<Tag> Tags { get; set; } = [];
}

public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Book> Books => Set<Book>();

    public DbSet<Tag> Tags => Set<Tag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Author>(e =>
        {
            e.Property(a => a.Name).HasMaxLength(50);
            e.HasIndex(a => a.Name).IsUnique();
        });
        modelBuilder.Entity<Tag>().Property(t => t.Name).HasMaxLength(20);
        modelBuilder.Entity<Book>(e =>
        {
            e.Property(b => b.Title).HasMaxLength(100);
            e.Property(b => b.Price).HasPrecision(6, 2);
            e.Property(b => b.Rating).HasDefaultValue(0);
            e.HasIndex(b => new { b.Title, b.AuthorId }).IsUnique();
            e.HasMany(b => b.Tags).WithMany(t => t.Books);
        });
    }

    /// <summary>A database on an open in-memory connection, with its schema created; counts the SQL commands it runs.</summary>
    public static ShopDb Create(SqlLog? log = null)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var builder = new DbContextOptionsBuilder<ShopDb>().UseSqlite(connection);
        if (log is not null)
        {
            builder.AddInterceptors(log);
        }
        var db = new ShopDb(builder.Options);
        db.Database.EnsureCreated();
        log?.Commands.Clear();
        return db;
    }

    public static ShopDb Seed(SqlLog? log = null, int books = 3)
    {
        var db = Create();
        var tags = new[] { new Tag { Name = "fiction" }, new Tag { Name = "classic" } };
        var authors = new[] { new Author { Name = "Ann" }, new Author { Name = "Bob" } };
        db.AddRange(tags);
        db.AddRange(authors);
        for (var i = 1; i <= books; i++)
        {
            db.Add(new Book { Title = $"Book {i}", Price = i + 0.5m, Author = authors[i % 2], Tags = i % 2 == 0 ? [tags[0], tags[1]] : [tags[0]], Status = BookStatus.InPrint });
        }
        db.SaveChanges();
        var connection = db.Database.GetDbConnection();
        db.Dispose();
        var builder = new DbContextOptionsBuilder<ShopDb>().UseSqlite(connection);
        if (log is not null)
        {
            builder.AddInterceptors(log);
        }
        return new ShopDb(builder.Options);
    }
}

/// <summary>Records every SQL command EF Core executes.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    public List<string> Commands { get; } = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Commands.Add(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
