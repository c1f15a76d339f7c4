// Provides the sample's EF Core model.
using InterviewPrep.Models;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Data;

/// <summary>The InterviewPrep database.</summary>
public sealed class PrepDbContext(DbContextOptions<PrepDbContext> options) : DbContext(options)
{
    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<RedFlag> RedFlags => Set<RedFlag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Topic>(topic =>
        {
            topic.Property(t => t.Name).HasMaxLength(100);
            topic.HasIndex(t => t.Name).IsUnique();
            topic.Property(t => t.Slug).HasMaxLength(50);
            topic.HasIndex(t => t.Slug).IsUnique();
        });
        modelBuilder.Entity<Question>(question =>
        {
            question.Property(q => q.Title).HasMaxLength(200);
            question.HasIndex(q => q.Title).IsUnique();
            question.Property(q => q.Level).HasConversion(v => v.ToString().ToLowerInvariant(), v => Enum.Parse<Level>(v, true)).HasMaxLength(6);
            question.HasOne(q => q.Topic).WithMany(t => t.Questions).HasForeignKey(q => q.TopicId).OnDelete(DeleteBehavior.Restrict);
            question.HasMany(q => q.RedFlags).WithOne().HasForeignKey(r => r.QuestionId).OnDelete(DeleteBehavior.Cascade);
            question.PrimitiveCollection(q => q.KeyPoints);
        });
        modelBuilder.Entity<RedFlag>().Property(r => r.Text).HasMaxLength(300);
    }
}
