using EGov.Collab.App.Cities;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Contest;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Projects;
using EGov.Collab.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Practices;

public static class PracticesModule
{
    /// <summary>The depository of best practices: cases, the SKOS classifier, validation, contest winners and replication.</summary>
    public static IServiceCollection AddPractices(this IServiceCollection services)
    {
        services.TryAddSingleton<ModuleAccess>();
        services.AddSingleton<PracticesAccess>();
        services.TryAddSingleton<JournalLinks>();
        services.AddScoped<PracticeMessages>();
        services.AddScoped<PracticeEditing>();
        services.AddScoped<PracticeDetails>();
        services.AddScoped<PracticeCatalogue>();
        services.AddScoped<PracticeExport>();
        services.AddScoped<ClassifierEditing>();
        services.AddScoped<Replications>();
        services.AddScoped<PracticeAttachments>();
        services.AddSingleton<IContestResultsListener, ContestWinnerIntake>();
        services.AddScoped<INewsletterSource, PracticesNewsletterSource>();
        services.AddScoped<ISearchSource, PracticesSearchSource>();
        services.AddScoped<ICityContributor, PracticesCityContributor>();
        services.AddScoped<IProjectPractices, PracticesForProjects>();
        return services;
    }

    public static IEndpointRouteBuilder MapPractices(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/practices");
        group.MapGet("/classifier.jsonld", async (IDbContextFactory<CollabDbContext> dbFactory, JournalLinks links, CancellationToken cancellationToken) =>
            Results.Bytes(SkosClassifier.JsonLd(links.BaseUrl, await ConceptsAsync(dbFactory, cancellationToken)), "application/ld+json; charset=utf-8"));
        group.MapGet("/classifier.ttl", async (IDbContextFactory<CollabDbContext> dbFactory, JournalLinks links, CancellationToken cancellationToken) =>
            Results.Text(SkosClassifier.Turtle(links.BaseUrl, await ConceptsAsync(dbFactory, cancellationToken)), "text/turtle; charset=utf-8"));
        group.MapGet("/export.csv", (HttpContext http, PracticeCatalogue catalogue, PracticeExport export, IStringLocalizer<PracticesResource> l) =>
            ExportAsync(http, catalogue, l, view => Results.File(export.Csv(view), "text/csv; charset=utf-8", "practices.csv")));
        group.MapGet("/export.xlsx", (HttpContext http, PracticeCatalogue catalogue, PracticeExport export, IStringLocalizer<PracticesResource> l) =>
            ExportAsync(http, catalogue, l, view => Results.File(export.Xlsx(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "practices.xlsx")));
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http, PracticeAttachments attachments, IDocumentStore store) =>
            await attachments.FindAsync(http.User, id, attachmentId, http.RequestAborted) is { } attachment
                ? await DocumentResults.FileAsync(store, attachment.DocumentId, inline: false, attachment.FileName, http.RequestAborted)
                : Results.NotFound());
        return endpoints;
    }

    private static async Task<List<Domain.Practices.Concept>> ConceptsAsync(IDbContextFactory<CollabDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PracticeClassifier.AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>An export of a filter that matches nothing answers 404 with a sentence, not an empty file.</summary>
    private static async Task<IResult> ExportAsync(HttpContext http, PracticeCatalogue catalogue, IStringLocalizer<PracticesResource> l, Func<CatalogueView, IResult> file)
    {
        var view = await catalogue.SearchAsync(PracticeFilter.Parse(http.Request.QueryString.Value), http.RequestAborted);
        return view.Items.Count == 0
            ? Results.Text(l["Practices.Error.EmptyExport"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : file(view);
    }
}
