namespace EGov.Collab.App.Common;

/// <summary>Where the portal keeps its files: the SQLite database, the mail outbox, data-protection keys.</summary>
public sealed class PortalPaths
{
    public PortalPaths(string dataFolder)
    {
        DataFolder = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(DataFolder);
    }

    public string DataFolder { get; }

    public string Outbox => Path.Combine(DataFolder, "outbox");

    public string Keys => Path.Combine(DataFolder, "keys");

    public static PortalPaths From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataPath"];
        var folder = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return new PortalPaths(Path.GetFullPath(folder, environment.ContentRootPath));
    }
}
