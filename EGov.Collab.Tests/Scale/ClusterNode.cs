using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace EGov.Collab.Tests.Scale;

/// <summary>
/// One node of a two-node portal: the whole app in the test process, sharing one SQLite file and one Redis with its
/// sibling, with its own data folder (so nothing is shared through the disk but the database).
/// </summary>
public sealed class ClusterNode(string databaseFile, string redis, bool seed) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Collab", $"Data Source={databaseFile}");
        builder.UseSetting("Demo:Seed", seed ? "true" : "false");
        builder.UseSetting("LiveBus:Redis", redis);
    }
}

/// <summary>A redis-server and two nodes on one database file, started once for a class of tests.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "egov-collab-cluster", Guid.NewGuid().ToString("N"));
    private RedisServer? _redis;

    public ClusterNode A { get; private set; } = default!;

    public ClusterNode B { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _redis = await RedisServer.StartAsync();
        var database = Path.Combine(_folder, "portal.db");
        // A migrates and seeds first; B then finds the database ready, as a second node joining a cluster does.
        A = new ClusterNode(database, _redis.ConnectionString, seed: true);
        await Task.Run(() => A.Services);
        B = new ClusterNode(database, _redis.ConnectionString, seed: false);
        await Task.Run(() => B.Services);
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may still hold the file for a moment; the temp folder is the OS's to clean.
        }
    }
}
