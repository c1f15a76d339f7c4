// Provides the sample's EF Core model: the framework's users and tokens, topics, questions, red flags, attempts and Data Protection keys.
using InterviewPrep.Models;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Data;

/// <summary>The InterviewPrep database; it also keeps the Data Protection key ring every instance shares (session cookies).</summary>
public class PrepDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<RedFlag> RedFlags => Set<RedFlag>();

    public DbSet<Attempt> Attempts => Set<Attempt>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Stamp();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Stamp();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRestFrameworkAuth();
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
            question.Property(q => q.Level).HasConversion(v => v.ToString().ToLowerInvariant(), v => Enum.Parse<Level>(v, true)).HasMaxLength(10);
            question.HasOne(q => q.Topic).WithMany(t => t.Questions).HasForeignKey(q => q.TopicId).OnDelete(DeleteBehavior.Restrict);
            question.HasMany(q => q.RedFlags).WithOne(r => r.Question).HasForeignKey(r => r.QuestionId).OnDelete(DeleteBehavior.Cascade);
            question.HasMany(q => q.Attempts).WithOne(a => a.Question).HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
            question.PrimitiveCollection(q => q.KeyPoints);
        });
        modelBuilder.Entity<RedFlag>().Property(r => r.Text).HasMaxLength(300);
        modelBuilder.Entity<Attempt>(attempt =>
        {
            attempt.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            attempt.PrimitiveCollection(a => a.Covered);
            attempt.PrimitiveCollection(a => a.Missing);
            attempt.PrimitiveCollection(a => a.RedFlagsHit);
        });
    }

    private void Stamp()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<ITimestamped>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
