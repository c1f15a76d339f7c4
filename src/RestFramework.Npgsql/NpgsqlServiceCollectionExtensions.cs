// Provides the registration of RestFramework's PostgreSQL features.
using Microsoft.Extensions.DependencyInjection.Extensions;
using RestFramework.Filters;
using RestFramework.Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers RestFramework.Npgsql.</summary>
public static class NpgsqlServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostgresFullTextSearch"/>, so <c>@</c> search fields use PostgreSQL's full-text search on views
    /// whose context runs on Npgsql (views on other databases keep the "contains" fallback).
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRestFrameworkNpgsql(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFullTextSearch, PostgresFullTextSearch>());
        return services;
    }
}
