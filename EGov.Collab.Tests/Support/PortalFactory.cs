using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// The whole portal in the test process: Development (demo data seeded), an in-memory SQLite database of its own,
/// a temporary data folder (mail outbox, data-protection keys) and mail written to the outbox. Share one per test
/// collection (<see cref="SharedPortal"/>): migrating and seeding take a moment.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    // The shared-cache in-memory database lives as long as one connection to it is open.
    private readonly SqliteConnection _keepAlive;
    private bool _cleanedUp;

    public PortalFactory()
    {
        ConnectionString = $"Data Source=file:portal-{Guid.NewGuid():N}?mode=memory&cache=shared";
        DataPath = Path.Combine(Path.GetTempPath(), "egov-collab-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public string ConnectionString { get; }

    /// <summary>The portal's Storage:DataPath; deleted when the factory is disposed.</summary>
    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting lands in the configuration Program reads while it registers services (AddCollabData, AddMail).
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Collab", ConnectionString);
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Mail:Smtp:Host", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        // Keys in a throw-away temp folder need no encryption at rest.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider, PortalErrorLog>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        CleanUp();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) CleanUp();
    }

    private void CleanUp()
    {
        if (_cleanedUp) return;
        _cleanedUp = true;
        _keepAlive.Dispose();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopping background thread; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>Tests that share one <see cref="PortalFactory"/> (TestServer, HTTP only).</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
