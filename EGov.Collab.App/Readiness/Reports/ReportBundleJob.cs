using System.Globalization;
using System.IO.Compression;
using EGov.Collab.App.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness.Reports;

/// <summary>
/// Hangfire job: every body's report of a year in one ZIP (Ukrainian), with progress. Writes to a temporary file and
/// moves it into place, so a download never sees half a ZIP and running the job twice just rebuilds it.
/// </summary>
public sealed class ReportBundleJob(ReadinessResults results, IStringLocalizer<ReadinessResource> l, PortalPaths paths, ReportBundleProgress progress, ILogger<ReportBundleJob> logger)
{
    public static string PathOf(PortalPaths paths, int year)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.DataFolder, "readiness", $"reports-{year}.zip");
    }

    public async Task RunAsync(int year, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.GetCultureInfo("uk-UA");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var published = await results.YearAsync(year, cancellationToken);
            var bodies = published?.Results.Bodies ?? [];
            progress.Report(year, 0, bodies.Count, BundleStatus.Running);
            var target = PathOf(paths, year);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".tmp";
            await using (var file = File.Create(temporary))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                if (published is not null)
                {
                    var national = zip.CreateEntry($"readiness-{year}-national.pdf", CompressionLevel.Fastest);
                    await using (var stream = national.Open())
                        await stream.WriteAsync(NationalReportDocument.Build(published, l, culture), cancellationToken);
                    for (var i = 0; i < bodies.Count; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var entry = zip.CreateEntry(ReadinessReports.BodyFileName(year, bodies[i].Index.Id), CompressionLevel.Fastest);
                        await using (var stream = entry.Open())
                            await stream.WriteAsync(BodyReportDocument.Build(published, bodies[i].Index.Id, l, culture), cancellationToken);
                        progress.Report(year, i + 1, bodies.Count, BundleStatus.Running);
                    }
                }
            }
            File.Move(temporary, target, overwrite: true);
            progress.Report(year, bodies.Count, bodies.Count, BundleStatus.Finished);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            logger.LogError(ex, "Readiness report bundle for {Year} failed.", year);
            progress.Report(year, 0, 0, BundleStatus.Failed);
            throw;
        }
    }
}
