using EGov.Collab.Data.Sqlite;
using EGov.Collab.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{CollabDbContext}"/> and a scoped <see cref="CollabDbContext"/> (for Identity)
    /// on the provider named by <c>Database:Provider</c>. SQLite's file defaults to <paramref name="dataFolder"/>/egov-collab.db.
    /// </summary>
    public static IServiceCollection AddCollabData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        services.AddSingleton(options);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    Directory.CreateDirectory(dataFolder);
                    connectionString = $"Data Source={Path.Combine(dataFolder, "egov-collab.db")}";
                }
                services.AddDbContextFactory<SqliteCollabDbContext>(o => o.UseSqlite(connectionString));
                services.AddCollabContextAliases<SqliteCollabDbContext>();
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException(
                        $"Database:Provider is SqlServer but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
                services.AddDbContextFactory<SqlServerCollabDbContext>(o => o.UseSqlServer(connectionString, s => s.EnableRetryOnFailure()));
                services.AddCollabContextAliases<SqlServerCollabDbContext>();
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }

        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    private static void AddCollabContextAliases<TContext>(this IServiceCollection services) where TContext : CollabDbContext
    {
        services.AddSingleton<IDbContextFactory<CollabDbContext>>(sp =>
            new UpcastFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        services.AddScoped<CollabDbContext>(sp => sp.GetRequiredService<TContext>());
    }

    private sealed class UpcastFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CollabDbContext>
        where TContext : CollabDbContext
    {
        public CollabDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
