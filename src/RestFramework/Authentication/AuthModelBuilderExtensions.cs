// Provides the EF Core mapping of the authentication entities, added to an app's own DbContext.
using RestFramework.Authentication;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds the <see cref="User"/> and <see cref="Token"/> entities to a model.</summary>
public static class AuthModelBuilderExtensions
{
    /// <summary>Maps <see cref="User"/> (table <c>auth_user</c>) and <see cref="Token"/> (table <c>authtoken_token</c>); call it from <c>OnModelCreating</c>.</summary>
    /// <param name="modelBuilder">The app's model builder.</param>
    /// <returns>The model builder.</returns>
    public static ModelBuilder AddRestFrameworkAuth(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("auth_user");
            user.HasKey(u => u.Id);
            user.Property(u => u.UserName).HasMaxLength(User.UserNameMaxLength).IsRequired();
            user.HasIndex(u => u.UserName).IsUnique();
            user.Property(u => u.Email).HasMaxLength(254);
            user.Property(u => u.PasswordHash).HasMaxLength(256).IsRequired();
            user.Property(u => u.Permissions);
        });
        modelBuilder.Entity<Token>(token =>
        {
            token.ToTable("authtoken_token");
            token.HasKey(t => t.Key);
            token.Property(t => t.Key).HasMaxLength(Token.KeyLength);
            token.HasOne(t => t.User).WithOne().HasForeignKey<Token>(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            token.HasIndex(t => t.UserId).IsUnique();
        });
        return modelBuilder;
    }
}
