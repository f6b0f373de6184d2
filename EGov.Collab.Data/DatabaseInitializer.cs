using EGov.Collab.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Data;

/// <summary>Brings the database to the current migration and puts in the reference data every installation needs.</summary>
public sealed class DatabaseInitializer(CollabDbContext db, IServiceProvider services)
{
    public async Task InitialiseAsync(bool withDemoData, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while a writer commits: many circuits read while one saves.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(cancellationToken);
        await ActivatorUtilities.CreateInstance<ReferenceData>(services).SeedAsync(cancellationToken);
        if (!withDemoData) return;
        await ActivatorUtilities.CreateInstance<DemoData>(services).SeedAsync(cancellationToken);
        foreach (var module in ModuleDemoData())
            await module.SeedAsync(cancellationToken);
    }

    private IEnumerable<IModuleDemoData> ModuleDemoData() =>
        typeof(IModuleDemoData).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IModuleDemoData)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (IModuleDemoData)ActivatorUtilities.CreateInstance(services, type))
            .Concat(services.GetServices<IModuleDemoData>())
            .OrderBy(module => module.Order);
}
