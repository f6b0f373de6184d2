using System.Globalization;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness.Reports;

/// <summary>PDF reports on demand, in the current culture.</summary>
public sealed class ReadinessReports(ReadinessResults results, IStringLocalizer<ReadinessResource> l)
{
    public async Task<byte[]?> BodyAsync(int year, Guid bodyId, CancellationToken cancellationToken = default)
    {
        var published = await results.YearAsync(year, cancellationToken);
        return published?.Results.Find(bodyId) is null ? null : BodyReportDocument.Build(published, bodyId, l, CultureInfo.CurrentCulture);
    }

    public async Task<byte[]?> NationalAsync(int year, CancellationToken cancellationToken = default)
    {
        var published = await results.YearAsync(year, cancellationToken);
        return published is null ? null : NationalReportDocument.Build(published, l, CultureInfo.CurrentCulture);
    }

    public static string BodyFileName(int year, Guid bodyId) => $"readiness-{year}-{bodyId}.pdf";
}
