// Provides the EF Core model, serializers and viewsets of the browser tests' app: topics and questions on SQLite.
using Microsoft.EntityFrameworkCore;
using RestFramework.Authentication;
using RestFramework.Generics;
using RestFramework.Permissions;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.ViewSets;

namespace RestFramework.BrowserTests;

public sealed class Topic
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public override string ToString() => Name;
}

public sealed class Question
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public int TopicId { get; set; }

    public Topic? Topic { get; set; }
}

public sealed class BrowserAppDb(DbContextOptions<BrowserAppDb> options) : DbContext(options)
{
    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Question> Questions => Set<Question>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRestFrameworkAuth();
        modelBuilder.Entity<Topic>().HasIndex(t => t.Name).IsUnique();
        modelBuilder.Entity<Topic>().Property(t => t.Name).HasMaxLength(40);
        modelBuilder.Entity<Question>().Property(q => q.Title).HasMaxLength(100);
    }
}

public sealed class TopicSerializer : ModelSerializer<Topic>
{
    protected override void Meta(ModelMeta meta) => meta.Fields("id", "name", "description");
}

public sealed class QuestionSerializer : ModelSerializer<Question>
{
    protected override void Meta(ModelMeta meta) => meta
        .Fields("id", "title", "topic")
        .Declare("topic", new PrimaryKeyRelatedField<Topic>());
}

/// <summary>Topics: anyone reads, signed-in users write.</summary>
public sealed class TopicViewSet : ModelViewSet<Topic>
{
    public override Type? SerializerType => typeof(TopicSerializer);

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(IsAuthenticatedOrReadOnly)];

    public override IQueryable<Topic> GetQueryset() => base.GetQueryset().OrderBy(t => t.Id);
}

/// <summary>Questions: read-only, paginated by the settings.</summary>
public sealed class QuestionViewSet : ReadOnlyModelViewSet<Question>
{
    public override Type? SerializerType => typeof(QuestionSerializer);

    public override IQueryable<Question> GetQueryset() => base.GetQueryset().OrderBy(q => q.Id);
}
