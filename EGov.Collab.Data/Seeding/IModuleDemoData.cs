namespace EGov.Collab.Data.Seeding;

/// <summary>
/// One module's demo content (a working group, a contest edition, a course …), seeded after the demo accounts exist.
/// Implementations in this assembly are found by <see cref="DatabaseInitializer"/>, so adding a module's demo data
/// touches only that module's folder. Demo data that needs the App's services (the document store, the PDF layer) lives in
/// the App's module folder and registers itself (<c>services.AddScoped&lt;IModuleDemoData, XxxDemoData&gt;()</c>); the
/// initializer runs both kinds in <see cref="Order"/>. Each must be idempotent: it runs at every start-up with demo data on.
/// </summary>
public interface IModuleDemoData
{
    /// <summary>Lower runs first, for modules whose demo data refers to another's (drafts before expert opinions).</summary>
    int Order => 0;

    Task SeedAsync(CancellationToken cancellationToken);
}
