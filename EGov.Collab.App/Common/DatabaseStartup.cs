using EGov.Collab.Data;

namespace EGov.Collab.App.Common;

public static class DatabaseStartup
{
    /// <summary>Migrates the database and seeds reference data; demo data too when Demo:Seed is true (Development).</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var withDemo = app.Configuration.GetValue<bool>("Demo:Seed");
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(withDemo);
    }
}
