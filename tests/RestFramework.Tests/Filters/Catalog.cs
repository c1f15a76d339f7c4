using Microsoft.EntityFrameworkCore;

namespace RestFramework.Tests.Filters;

public enum Kind
{
    Alpha,
    Beta,
}

public sealed class Topic
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public List<Item> Items { get; set; } = [];
}

public sealed class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int ItemId { get; set; }
}

public sealed class Item
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int? Age { get; set; }
    public decimal Price { get; set; }
    public double Rating { get; set; }
    public bool Active { get; set; } = true;
    public DateTime Created { get; set; }
    public Kind Kind { get; set; }
    public int? TopicId { get; set; }
    public Topic? Topic { get; set; }
    public List<Tag> Tags { get; set; } = [];
}

public sealed class CatalogContext(DbContextOptions<CatalogContext> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Tag> Tags => Set<Tag>();
}
