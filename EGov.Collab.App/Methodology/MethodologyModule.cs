using System.Security.Claims;
using EGov.Collab.App.Cities;
using EGov.Collab.App.Common;
using EGov.Collab.App.Jobs;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Journal;
using Hangfire;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.Collab.App.Methodology;

public static class MethodologyModule
{
    /// <summary>The legal acts registry, examples, templates, the cited-act watch and its nightly job.</summary>
    public static IServiceCollection AddMethodology(this IServiceCollection services)
    {
        services.AddSingleton<MethodologyAccess>();
        services.AddScoped<MethodologyText>();
        services.TryAddSingleton<JournalLinks>();
        services.TryAddSingleton<ModuleAccess>();
        services.AddScoped<CitedActWatch>();
        services.AddScoped<LegalActs>();
        services.AddScoped<ActImport>();
        services.AddScoped<Examples>();
        services.AddScoped<Templates>();
        services.AddRecurringJob<CitedActWatchJob>(CitedActWatchJob.Id, "15 3 * * *", job => job.RunAsync(CancellationToken.None));
        services.AddScoped<ISearchSource, MethodologySearchSource>();
        services.AddScoped<INewsletterSource, MethodologyNewsletterSource>();
        services.AddScoped<ICityContributor, MethodologyCityContributor>();
        return services;
    }

    public static IEndpointRouteBuilder MapMethodology(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MethodologyLinks.ActsCsv, async (ActImport import, CancellationToken cancellationToken) =>
            Results.File(await import.ExportAsync(cancellationToken), "text/csv; charset=utf-8", "legal-acts.csv"));

        // Acts are public, so their editions' PDFs are too; the edition must belong to the act in the path.
        endpoints.MapGet("/methodology/acts/{actId:guid}/editions/{editionId:guid}.pdf", async (Guid actId, Guid editionId, LegalActs acts, IDocumentStore store, CancellationToken cancellationToken) =>
        {
            var documentId = await acts.EditionDocumentAsync(actId, editionId, cancellationToken);
            if (documentId is null) return Results.NotFound();
            return await DocumentResults.FileAsync(store, documentId.Value, inline: true, cancellationToken: cancellationToken);
        });
        return endpoints;
    }
}
