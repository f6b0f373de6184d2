using System.Globalization;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>
/// <c>dotnet EGov.Collab.App.dll search rebuild</c>: rebuilds the whole portal-wide index from every module, without
/// starting the web server (after a restore, an import straight into the database, or a change of the stemmer).
/// </summary>
public static class SearchCommand
{
    public static bool Matches(string[] args) =>
        args.Length >= 2 && args[0] == "search" && args[1] == "rebuild";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length > 2)
        {
            await output.WriteLineAsync("Usage: search rebuild");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuild>().RebuildAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Search index rebuilt: {report.Documents} documents, {report.Words} vocabulary words in {report.Took.TotalSeconds:F1} s."));
        return 0;
    }
}
