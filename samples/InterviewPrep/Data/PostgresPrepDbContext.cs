// Provides the PostgreSQL flavour of the model, with its own migrations.
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Data;

/// <summary>The same model on PostgreSQL (identity columns); its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresPrepDbContext(DbContextOptions<PostgresPrepDbContext> options) : PrepDbContext(options);
