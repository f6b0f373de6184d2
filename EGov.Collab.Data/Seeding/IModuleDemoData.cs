namespace EGov.Collab.Data.Seeding;

/// <summary>
/// One module's demo content (a working group, a contest edition, a course …), seeded after the demo accounts exist.
/// Implementations in this assembly are found by <see cref="DatabaseInitializer"/>, so adding a module's demo data
/// touches only that module's folder. Each must be idempotent: it runs at every start-up with demo data on.
/// </summary>
public interface IModuleDemoData
{
    /// <summary>Lower runs first, for modules whose demo data refers to another's (drafts before expert opinions).</summary>
    int Order => 0;

    Task SeedAsync(CancellationToken cancellationToken);
}
