using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Jobs;
using EGov.Collab.App.Drafting.Documents;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.ExpertClub;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Hangfire;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

public static class DraftingModule
{
    /// <summary>Working groups, drafts, comments, amendments, versions, consultations and exports (the live editor is AddDraftingEditing).</summary>
    public static IServiceCollection AddDrafting(this IServiceCollection services)
    {
        services.AddSingleton<DraftAccess>();
        services.AddSingleton<IDraftAccess>(provider => provider.GetRequiredService<DraftAccess>());
        services.AddSingleton<DraftingLive>();
        services.AddSingleton<WorkingGroups>();
        services.AddSingleton<MemberSearchThrottle>();
        services.AddSingleton<Drafts>();
        services.AddSingleton<Amendments>();
        services.AddSingleton<Comments>();
        services.AddSingleton<Versions>();
        services.AddSingleton<Consultations>();
        services.AddRecurringJob<ConsultationCloseJob>(ConsultationCloseJob.SweepId, "*/10 * * * *", job => job.SweepAsync(CancellationToken.None));
        services.AddRecurringJob<AmendmentDeadlineReminderJob>(AmendmentDeadlineReminderJob.RecurringId, "5 * * * *", job => job.RunAsync(CancellationToken.None));
        services.AddSingleton<ConsultationReports>();
        services.AddSingleton<IOpinionSubjects, DraftOpinionSubjects>();
        services.AddScoped<EGov.Collab.App.Journal.INewsletterSource, DraftingNewsletterSource>();
        services.AddScoped<Common.SearchIndex.ISearchSource, DraftingSearchSource>();
        services.AddSingleton<Common.Activity.IActivitySource, ConsultationActivity>();
        services.AddScoped<Common.SearchIndex.ISearchAudienceProvider, DraftingSearchAudiences>();
        return services;
    }

    public static IEndpointRouteBuilder MapDrafting(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/drafting/drafts/{draftId:guid}/export");
        exports.MapGet("/text.pdf", TextPdfAsync);
        exports.MapGet("/text.docx", TextDocxAsync);
        exports.MapGet("/redline.pdf", RedlinePdfAsync);
        exports.MapGet("/redline.docx", RedlineDocxAsync);
        exports.MapGet("/report.pdf", (Guid draftId, ClaimsPrincipal user, HttpContext http) => ReportAsync(draftId, user, http, pdf: true));
        exports.MapGet("/report.docx", (Guid draftId, ClaimsPrincipal user, HttpContext http) => ReportAsync(draftId, user, http, pdf: false));
        exports.MapGet("/proposals.pdf", (Guid draftId, ClaimsPrincipal user, HttpContext http) => ProposalsAsync(draftId, user, http, pdf: true));
        exports.MapGet("/proposals.docx", (Guid draftId, ClaimsPrincipal user, HttpContext http) => ProposalsAsync(draftId, user, http, pdf: false));
        return endpoints;
    }

    private static async Task<IResult> TextPdfAsync(Guid draftId, long? revision, ClaimsPrincipal user, Drafts drafts, Versions versions,
        IStringLocalizer<DraftingResource> l, TimeProvider clock)
    {
        var view = await drafts.ViewAsync(user, draftId);
        if (!view.IsSuccess) return Results.NotFound();
        var text = revision is { } r ? await versions.TextAsync(user, draftId, r) : view.Value.Text;
        if (!text.IsSuccess) return Results.NotFound();
        var subtitle = $"{view.Value.GroupName} · {l["Kind." + view.Value.Draft.Kind]} · {l["Export.Revision", revision ?? view.Value.Revision]}";
        var pdf = DraftPdf.Text(view.Value.Draft.Title, subtitle, text.Value, l["Export.PageFormat"], clock.GetUtcNow());
        return Results.File(pdf, "application/pdf", FileName(view.Value.Draft.Title, "pdf"));
    }

    private static async Task<IResult> TextDocxAsync(Guid draftId, long? revision, ClaimsPrincipal user, Drafts drafts, Versions versions)
    {
        var view = await drafts.ViewAsync(user, draftId);
        if (!view.IsSuccess) return Results.NotFound();
        var text = revision is { } r ? await versions.TextAsync(user, draftId, r) : view.Value.Text;
        if (!text.IsSuccess) return Results.NotFound();
        return Results.File(DocxExport.Text(text.Value), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName(view.Value.Draft.Title, "docx"));
    }

    private static async Task<IResult> RedlinePdfAsync(Guid draftId, long from, long to, ClaimsPrincipal user, Drafts drafts, Versions versions,
        IStringLocalizer<DraftingResource> l, TimeProvider clock)
    {
        var view = await drafts.ViewAsync(user, draftId);
        if (!view.IsSuccess) return Results.NotFound();
        var compared = await versions.CompareAsync(user, draftId, from, to);
        if (!compared.IsSuccess) return Results.NotFound();
        var subtitle = l["Export.RedlineSubtitle", Label(from, l), Label(to, l)];
        var pdf = DraftPdf.Redline(view.Value.Draft.Title, subtitle, l["Export.RedlineLegendPrint"], compared.Value, l["Export.PageFormat"], clock.GetUtcNow());
        return Results.File(pdf, "application/pdf", FileName(view.Value.Draft.Title + " redline", "pdf"));
    }

    /// <summary>The comparison as a Word document with tracked changes, credited to who made them.</summary>
    private static async Task<IResult> RedlineDocxAsync(Guid draftId, long from, long to, ClaimsPrincipal user, Drafts drafts, Versions versions,
        IStringLocalizer<DraftingResource> l)
    {
        var view = await drafts.ViewAsync(user, draftId);
        if (!view.IsSuccess) return Results.NotFound();
        var compared = await versions.CompareAsync(user, draftId, from, to);
        if (!compared.IsSuccess) return Results.NotFound();
        var (authors, at) = await versions.AuthorshipAsync(user, draftId, from, to, view.Value.GroupName);
        var title = view.Value.Draft.Title + " — " + l["Export.RedlineSubtitle", Label(from, l), Label(to, l)];
        return Results.File(DocxExport.Redline(title, compared.Value, authors, at), DocxType, FileName(view.Value.Draft.Title + " redline", "docx"));
    }

    private static async Task<IResult> ReportAsync(Guid draftId, ClaimsPrincipal user, HttpContext http, bool pdf)
    {
        var services = http.RequestServices;
        var l = services.GetRequiredService<IStringLocalizer<DraftingResource>>();
        var report = await services.GetRequiredService<ConsultationReports>().BuildAsync(user, draftId, l);
        if (!report.IsSuccess) return Results.NotFound();
        var name = FileName(report.Value.Title + " consultation", pdf ? "pdf" : "docx");
        return pdf
            ? Results.File(DraftPdf.Report(report.Value, l, services.GetRequiredService<TimeProvider>().GetUtcNow()), "application/pdf", name)
            : Results.File(DocxExport.Report(report.Value, l), DocxType, name);
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static async Task<IResult> ProposalsAsync(Guid draftId, ClaimsPrincipal user, HttpContext http, bool pdf)
    {
        var services = http.RequestServices;
        var view = await services.GetRequiredService<Drafts>().ViewAsync(user, draftId);
        if (!view.IsSuccess) return Results.NotFound();
        var l = services.GetRequiredService<IStringLocalizer<DraftingResource>>();
        var amendments = await services.GetRequiredService<Amendments>().ListAsync(user, draftId);
        var comments = await services.GetRequiredService<Comments>().ListAsync(user, draftId);
        var rows = ProposalsTable.Rows(amendments, comments, view.Value.Numbers, l);
        var title = l["Table.Title", view.Value.Draft.Title];
        if (!pdf) return Results.File(DocxExport.Proposals(title, rows, ProposalsTable.Headers(l)),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName(view.Value.Draft.Title + " proposals", "docx"));
        var bytes = DraftPdf.Proposals(title, view.Value.GroupName, ProposalsTable.Headers(l), rows, l["Export.PageFormat"],
            services.GetRequiredService<TimeProvider>().GetUtcNow());
        return Results.File(bytes, "application/pdf", FileName(view.Value.Draft.Title + " proposals", "pdf"));
    }

    private static string Label(long revision, IStringLocalizer<DraftingResource> l) =>
        revision == Versions.Current ? l["Versions.Current"] : l["Export.Revision", revision];

    private static string FileName(string title, string extension)
    {
        var safe = new string(title.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' ? c : '_').ToArray()).Trim();
        return (safe.Length > 80 ? safe[..80] : safe) + "." + extension;
    }
}
