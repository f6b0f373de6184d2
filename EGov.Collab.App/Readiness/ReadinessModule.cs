using EGov.Collab.App.Common;
using EGov.Collab.App.Jobs;
using EGov.Collab.App.Readiness.OpenData;
using EGov.Collab.App.Readiness.Reports;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Collab.App.Readiness;

public static class ReadinessModule
{
    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddSingleton<ReadinessAccess>();
        services.AddSingleton<ReadinessMethodologies>();
        services.AddSingleton<ReadinessQuestionnaires>();
        services.AddSingleton<ReadinessCampaigns>();
        services.AddRecurringJob<ReadinessDeadlineReminderJob>(ReadinessDeadlineReminderJob.Id, ReadinessDeadlineReminderJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.AddSingleton<ReadinessResults>();
        services.AddSingleton<IReadinessResults>(sp => sp.GetRequiredService<ReadinessResults>());
        services.AddScoped<Common.SearchIndex.ISearchSource, ReadinessSearchSource>();
        services.AddSingleton<ReadinessOpenData>();
        services.AddSingleton<ReadinessReports>();
        services.AddSingleton<ReportBundleProgress>();
        services.AddTransient<ReportBundleJob>();
        return services;
    }

    /// <summary>The PDF reports (public once the year's results are published) and the bulk ZIP (reviewers and administrators).</summary>
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/readiness/results/{year:int}.csv", async (int year, ReadinessOpenData data, CancellationToken cancellationToken) =>
            await data.YearAsync(year, cancellationToken) is { } results
                ? Results.File(OpenResultsFormats.CsvBytes(results), "text/csv; charset=utf-8", $"readiness-{year}-results.csv")
                : Results.NotFound());
        endpoints.MapGet("/readiness/results/{year:int}.json", async (int year, ReadinessOpenData data, CancellationToken cancellationToken) =>
            await data.YearAsync(year, cancellationToken) is { } results
                ? Results.Json(results, OpenResultsFormats.Json)
                : Results.NotFound());
        endpoints.MapGet("/readiness/reports/{year:int}/national.pdf", async (int year, ReadinessReports reports, CancellationToken cancellationToken) =>
            await reports.NationalAsync(year, cancellationToken) is { } pdf
                ? Results.File(pdf, "application/pdf", $"readiness-{year}-national.pdf")
                : Results.NotFound());
        endpoints.MapGet("/readiness/reports/{year:int}/{bodyId:guid}.pdf", async (int year, Guid bodyId, ReadinessReports reports, CancellationToken cancellationToken) =>
            await reports.BodyAsync(year, bodyId, cancellationToken) is { } pdf
                ? Results.File(pdf, "application/pdf", ReadinessReports.BodyFileName(year, bodyId))
                : Results.NotFound());
        endpoints.MapGet("/readiness/reports/{year:int}/all.zip", async (int year, HttpContext context, [FromServices] ReadinessAccess access, [FromServices] PortalPaths paths) =>
        {
            if (!await access.IsReviewerAsync(context.User, context.RequestAborted)) return Results.Forbid();
            var path = ReportBundleJob.PathOf(paths, year);
            return File.Exists(path) ? Results.File(path, "application/zip", $"readiness-{year}-reports.zip") : Results.NotFound();
        }).RequireAuthorization();
        return endpoints;
    }
}
