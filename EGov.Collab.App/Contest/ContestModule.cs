using EGov.Collab.App.Common;
using EGov.Collab.App.Jobs;
using Hangfire;

namespace EGov.Collab.App.Contest;

public static class ContestModule
{
    public static IServiceCollection AddContest(this IServiceCollection services)
    {
        services.AddSingleton<ContestAccess>();
        services.AddSingleton<ContestDirectory>();
        services.AddOptions<PanelSessionOptions>().BindConfiguration(PanelSessionOptions.Section);
        services.AddSingleton<PanelSessions>();
        services.AddSingleton<ScoringGates>();
        services.AddSingleton<JuryScoring>();
        services.AddSingleton<PublicVoting>();
        services.AddSingleton<ContestRegistration>();
        services.AddSingleton<ContestResults>();
        services.AddSingleton<ContestAdministration>();
        services.AddSingleton<ContestNotifications>();
        services.AddSingleton<IContestResultsListener>(sp => sp.GetRequiredService<ContestNotifications>());
        services.AddSingleton<ContestResultsActivity>();
        services.AddSingleton<IContestResultsListener>(sp => sp.GetRequiredService<ContestResultsActivity>());
        services.AddSingleton<EGov.Collab.App.Common.Activity.IActivitySource>(sp => sp.GetRequiredService<ContestResultsActivity>());
        services.AddSingleton<ContestSetup>();
        services.AddSingleton<ExpertReviews>();
        services.AddSingleton<ContestEntries>();
        services.AddSingleton<ReviewerAssignments>();
        services.AddSingleton<EntryForms>();
        services.AddScoped<EGov.Collab.App.Common.SearchIndex.ISearchSource, ContestSearchSource>();
        services.AddTransient<ContestMessages>();
        services.AddRecurringJob<ContestPhaseJob>(ContestPhaseJob.Id, ContestPhaseJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.AddHttpContextAccessor();
        services.AddScoped<EGov.Collab.App.Journal.INewsletterSource, ContestNewsletterSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapContest(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/contest");
        group.MapGet("/nominations/{id:guid}/results.xlsx", async (Guid id, HttpContext http, ContestResults results) =>
            await results.VisibleAsync(http.User, id, http.RequestAborted) is { } view
                ? Results.File(results.Xlsx(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "results.xlsx")
                : Results.NotFound());
        group.MapGet("/nominations/{id:guid}/results.csv", async (Guid id, HttpContext http, ContestResults results) =>
            await results.VisibleAsync(http.User, id, http.RequestAborted) is { } view
                ? Results.File(results.Csv(view), "text/csv; charset=utf-8", "results.csv")
                : Results.NotFound());
        group.MapGet("/nominations/{id:guid}/protocol.pdf", async (Guid id, HttpContext http, ContestResults results) =>
            await results.VisibleAsync(http.User, id, http.RequestAborted) is { } view
                ? Results.File(await results.ProtocolAsync(view, http.RequestAborted), "application/pdf", "protocol.pdf")
                : Results.NotFound());
        group.MapGet("/attachments/{id:guid}", async (Guid id, bool? inline, HttpContext http, ContestRegistration registration) =>
        {
            if (await registration.OpenAttachmentAsync(http.User, id, http.RequestAborted) is not { } file) return Results.NotFound();
            // Inline only for PDFs (shown in the judge's page); every other type is downloaded, never rendered by the browser.
            if (inline == true && file.Attachment.ContentType == "application/pdf")
            {
                var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
                disposition.SetHttpFileName(file.Attachment.FileName);
                http.Response.Headers.ContentDisposition = disposition.ToString();
                return Results.File(file.Path, file.Attachment.ContentType);
            }
            return Results.File(file.Path, file.Attachment.ContentType, file.Attachment.FileName);
        });
        group.MapGet("/entries/{entryId:guid}/answers/{fieldId:guid}", async (Guid entryId, Guid fieldId, bool? inline, HttpContext http,
            ContestRegistration registration, EGov.Collab.App.Common.Documents.IDocumentStore store) =>
        {
            if (await registration.OpenAnswerFileAsync(http.User, entryId, fieldId, http.RequestAborted) is not { } file) return Results.NotFound();
            // Inline only for PDFs (the judge's reader); every other kind is downloaded, never rendered by the browser.
            var pdf = (await store.FindAsync(file.DocumentId, http.RequestAborted))?.Kind == EGov.Collab.Domain.Common.Documents.DocumentKind.Pdf;
            return await EGov.Collab.App.Common.Documents.DocumentResults.FileAsync(store, file.DocumentId, inline == true && pdf, file.FileName, http.RequestAborted);
        });

        return endpoints;
    }
}
