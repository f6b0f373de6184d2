using EGov.Collab.App.Cities;
using EGov.Collab.App.Common;
using EGov.Collab.App.Jobs;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Projects.Publiccode;
using Hangfire;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.Collab.App.Projects;

public static class ProjectsModule
{
    /// <summary>The project exchange: listings, moderation, interest, endorsements, publiccode.yml, matching, the expiry job.</summary>
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.TryAddSingleton<ModuleAccess>();
        services.AddSingleton<ProjectsAccess>();
        services.AddScoped<ListingService>();
        services.AddScoped<InterestService>();
        services.AddScoped<ListingAttachments>();
        services.AddScoped<ProjectsMatching>();
        services.AddScoped<ProjectsDashboard>();
        services.AddRecurringJob<ListingExpiryJob>(ListingExpiryJob.Id, ListingExpiryJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.TryAddScoped<IProjectPractices, NoProjectPractices>();
        services.AddScoped<ISearchSource, ProjectsSearchSource>();
        services.AddScoped<INewsletterSource, ProjectsNewsletterSource>();
        services.AddScoped<ICityContributor, ProjectsCityContributor>();
        return services;
    }

    public static IEndpointRouteBuilder MapProjects(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{id:guid}/publiccode.yml", async (Guid id, HttpContext http, ListingService listings) =>
            await listings.ReadAsync(id, http.User, http.RequestAborted) is { } view
                ? Results.Text(PubliccodeExport.Write(view.Listing.Content), "application/yaml; charset=utf-8")
                : Results.NotFound());

        endpoints.MapGet("/projects/{id:guid}/attachments/{documentId:guid}", (Guid id, Guid documentId, HttpContext http, ListingAttachments attachments, ListingService listings) =>
            attachments.FileAsync(http.User, id, documentId, listings, http.RequestAborted));

        // For the depository of best practices: the ready solutions a practice can say it uses.
        endpoints.MapGet("/projects/solutions.json", async (HttpContext http, ListingService listings) =>
            Results.Json((await listings.CatalogueAsync(new ListingQuery(Kind: Domain.Projects.ListingKind.Solution, IncludeArchived: true), http.RequestAborted))
                .Select(l => new { id = l.Id, titleUk = l.TitleUk, titleEn = l.TitleEn, url = ProjectsLinks.Listing(l.Id), stage = l.Stage.ToString() })));
        return endpoints;
    }
}
