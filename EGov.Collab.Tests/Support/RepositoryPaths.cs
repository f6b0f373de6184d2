namespace EGov.Collab.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder, so tests can read source files.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds EGov.Collab.sln.</summary>
    public static string Root => RootPath.Value;

    public static string App => Path.Combine(Root, "EGov.Collab.App");

    public static string Domain => Path.Combine(Root, "EGov.Collab.Domain");

    /// <summary>Source files under <paramref name="folder"/>, build output left out.</summary>
    public static IEnumerable<string> SourceFiles(string folder, params string[] patterns) =>
        patterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(Path.GetRelativePath(folder, path)))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string relativePath)
    {
        var first = relativePath.Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj" or "node_modules";
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EGov.Collab.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No EGov.Collab.sln above {AppContext.BaseDirectory}.");
    }
}
