using System.Globalization;
using EGov.Collab.App.Common.SearchIndex;
using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

/// <summary>
/// Public consultation: the chair opens a version until a deadline (a Hangfire job is scheduled to close it then) or
/// closes it early; closing notifies the group by mail. Only groups open to consultation can open one.
/// </summary>
public sealed class Consultations(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, DraftAccess access, IDraftEditing editing,
    DraftingLive live, IBackgroundJobClient jobs, IMailSender mail, ILogger<Consultations> logger, ISearchIndexer indexer,
    IStringLocalizer<DraftingResource> text)
{
    public async Task<Result> OpenAsync(ClaimsPrincipal user, Guid draftId, long? revision, DateTimeOffset deadline, CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.IsChair) return DraftingErrors.NotChair;
        var (_, head) = await editing.CurrentAsync(draftId, cancellationToken);
        var chosen = revision ?? head;
        if (chosen < 0 || chosen > head) return DraftingErrors.UnknownRevision;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.SingleAsync(d => d.Id == draftId, cancellationToken);
        var now = clock.GetUtcNow();
        var opened = draft.OpenConsultation(chosen, deadline, now);
        if (!opened.IsSuccess) return opened;
        var group = await db.WorkingGroups.SingleAsync(g => g.Id == draft.GroupId, cancellationToken);
        if (group.Visibility != GroupVisibility.OpenToConsultation) group.SetVisibility(rights.MemberId!.Value, GroupVisibility.OpenToConsultation);
        db.AuditEntries.Add(DraftingAudit.Record(rights.MemberId, DraftingAudit.ConsultationOpened, DraftingAudit.Draft(draftId), null,
            $"r{chosen} → {deadline:O}", now));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Drafting, draftId.ToString(), cancellationToken);
        jobs.Schedule<ConsultationCloseJob>(job => job.RunAsync(draftId, CancellationToken.None), deadline);
        await live.PublishAsync(draftId, "consultation");
        return Result.Success();
    }

    public async Task<Result> CloseEarlyAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.IsChair) return DraftingErrors.NotChair;
        return await CloseAsync(draftId, rights.MemberId, cancellationToken);
    }

    /// <summary>Closes the consultation if it is still running and its deadline has passed (or the chair asked). Safe to run twice.</summary>
    public async Task<Result> CloseAsync(Guid draftId, Guid? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        if (actorId is null && draft.IsConsultationOpen(now)) return DraftingErrors.ConsultationAlreadyOpen;
        var closed = draft.CloseConsultation(now);
        if (!closed.IsSuccess) return closed;
        var contributions = await db.Amendments.CountAsync(a => a.DraftId == draftId && a.DuringConsultation, cancellationToken)
                            + await db.DraftComments.CountAsync(c => c.DraftId == draftId && c.DuringConsultation, cancellationToken);
        db.AuditEntries.Add(DraftingAudit.Record(actorId, DraftingAudit.ConsultationClosed, DraftingAudit.Draft(draftId), null, $"{contributions}", now));
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(draftId, "consultation");
        await NotifyGroupAsync(db, draft, contributions, cancellationToken);
        return Result.Success();
    }

#pragma warning disable CA1031 // The consultation is closed whatever the mail transport does; failures are logged.
    private async Task NotifyGroupAsync(CollabDbContext db, Draft draft, int contributions, CancellationToken cancellationToken)
    {
        var recipients = await db.GroupMembers.Where(m => m.GroupId == draft.GroupId)
            .Join(db.Users, m => m.MemberId, u => u.Id, (m, u) => new { u.Email, u.PreferredCulture }).Where(r => r.Email != null).ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            string subject, html, plain;
            using (RecipientCulture.Use(recipient.PreferredCulture))
            {
                subject = string.Format(CultureInfo.CurrentCulture, text["Mail.ConsultationClosed.Subject"], draft.Title);
                var body = string.Format(CultureInfo.CurrentCulture, text["Mail.ConsultationClosed.Body"], draft.Title);
                var count = string.Format(CultureInfo.CurrentCulture, text["Mail.ConsultationClosed.Count"], contributions);
                plain = $"{body} {count}\n";
                html = $"<p>{WebUtility.HtmlEncode(body)}</p><p>{WebUtility.HtmlEncode(count)}</p>";
            }
            try
            {
                await mail.SendAsync(new PortalMail(recipient.Email!, subject, html, plain), cancellationToken);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Could not tell a member that the consultation on {DraftId} closed", draft.Id);
            }
        }
    }
#pragma warning restore CA1031
}

/// <summary>Closes a draft's consultation at its deadline. Takes the id only; safe to run twice.</summary>
public sealed class ConsultationCloseJob(Consultations consultations, IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock)
{
    public const string SweepId = "drafting-consultations";

    /// <summary>Closes every consultation past its deadline (the scheduled job may have been lost with in-memory storage).</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> overdue;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            overdue = await db.Drafts.Where(d => d.ConsultationOpenedAt != null && d.ConsultationClosedAt == null && d.ConsultationDeadline <= now)
                .Select(d => d.Id).ToListAsync(cancellationToken);
        }
        foreach (var draftId in overdue) await consultations.CloseAsync(draftId, null, cancellationToken);
    }

    public async Task RunAsync(Guid draftId, CancellationToken cancellationToken) =>
        await consultations.CloseAsync(draftId, null, cancellationToken);
}
