using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Data.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// A fresh in-memory SQLite database with the real migrations applied, for data and component tests.
/// Each context opens its own connection to the shared-cache database, so contexts may be used from several
/// threads (a component's renderer and the test) as in the running portal.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection _keepAlive;

    public TestDatabase()
    {
        ConnectionString = $"Data Source=file:test-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
        Options = new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite(ConnectionString).Options;
        using var db = CreateContext();
        db.Database.Migrate();
        Factory = new ContextFactory(this);
    }

    public string ConnectionString { get; }

    public DbContextOptions<SqliteCollabDbContext> Options { get; }

    /// <summary>What services take: one short-lived context per operation.</summary>
    public IDbContextFactory<CollabDbContext> Factory { get; }

    public SqliteCollabDbContext CreateContext() => new(Options);

    /// <summary>Identity's stores over this database, as seeding needs them (UserManager, RoleManager, TimeProvider).</summary>
    public ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<CollabDbContext, SqliteCollabDbContext>(o => o.UseSqlite(ConnectionString));
        services.AddIdentityCore<Member>()
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CollabDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>Runs <see cref="ReferenceData"/> and, when asked, <see cref="DemoData"/> as the portal does at start-up.</summary>
    public async Task SeedAsync(bool withDemoData)
    {
        await using var services = CreateServices();
        await using var scope = services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ReferenceData>(scope.ServiceProvider).SeedAsync(CancellationToken.None);
        if (withDemoData)
            await ActivatorUtilities.CreateInstance<DemoData>(scope.ServiceProvider).SeedAsync(CancellationToken.None);
    }

    public void Dispose() => _keepAlive.Dispose();

    private sealed class ContextFactory(TestDatabase database) : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => database.CreateContext();
    }
}
