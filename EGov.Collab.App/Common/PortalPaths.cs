namespace EGov.Collab.App.Common;

/// <summary>Where the portal keeps its files: the SQLite database, the mail outbox, data-protection keys.</summary>
public sealed class PortalPaths
{
    public PortalPaths(string dataFolder)
    {
        DataFolder = Path.GetFullPath(dataFolder);
        CreatePrivate(DataFolder);
        CreatePrivate(Keys);
    }

    public string DataFolder { get; }

    public string Outbox => Path.Combine(DataFolder, "outbox");

    public string Keys => Path.Combine(DataFolder, "keys");

    /// <summary>
    /// The data folder holds the database and the data-protection keys: on Unix only the portal's own account may
    /// enter it (0700), whatever the umask, so no other local user reads the keys or the database.
    /// </summary>
    private static void CreatePrivate(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(folder, OwnerOnly);
        File.SetUnixFileMode(folder, OwnerOnly);
    }

    public static PortalPaths From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataPath"];
        var folder = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return new PortalPaths(Path.GetFullPath(folder, environment.ContentRootPath));
    }
}
