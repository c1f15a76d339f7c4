// Provides the EF Core model of the generic view tests (categories and notes) on in-memory SQLite.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace RestFramework.Tests.Generics;

public sealed class Category
{
    public int Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public List<Note> Notes { get; set; } = [];
}

public sealed class Note
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public int Rank { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }
}

public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Category>().HasIndex(c => c.Slug).IsUnique();
        modelBuilder.Entity<Category>().Property(c => c.Slug).HasMaxLength(20);
        modelBuilder.Entity<Note>().HasIndex(n => n.Title).IsUnique();
        modelBuilder.Entity<Note>().Property(n => n.Title).HasMaxLength(50);
    }

    /// <summary>Registers the context on one open in-memory connection (per host) and seeds two categories and three notes.</summary>
    public static void Register(IServiceCollection services)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        services.AddSingleton(connection);
        services.AddDbContext<NotesDb>(o => o.UseSqlite(connection));
        using var db = new NotesDb(new DbContextOptionsBuilder<NotesDb>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();
        var work = new Category { Slug = "work" };
        var home = new Category { Slug = "home" };
        db.AddRange(
            new Note { Title = "Plan", Body = "Write the plan", Rank = 2, Category = work },
            new Note { Title = "Shop", Body = "Buy milk", Rank = 1, Category = home },
            new Note { Title = "Ship", Body = "Ship it", Rank = 3, Category = work });
        db.SaveChanges();
    }
}
