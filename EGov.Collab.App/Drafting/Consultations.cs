using System.Globalization;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

/// <summary>
/// Public consultation: the chair opens a version until a deadline (a Hangfire job is scheduled to close it then) or
/// closes it early; closing notifies the group by mail. Only groups open to consultation can open one; a members-only group
/// is refused.
/// </summary>
public sealed class Consultations(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, DraftAccess access, IDraftEditing editing,
    DraftingLive live, IBackgroundJobClient jobs, IMailSender mail, ILogger<Consultations> logger, ISearchIndexer indexer,
    IStringLocalizer<DraftingResource> text, Common.Activity.PortalActivity activity)
{
    /// <summary>Opens a consultation; the public's amendments close at <paramref name="amendmentDeadline"/> (default: with the consultation).</summary>
    public async Task<Result> OpenAsync(ClaimsPrincipal user, Guid draftId, long? revision, DateTimeOffset deadline, DateTimeOffset? amendmentDeadline = null,
        CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.IsChair) return DraftingErrors.NotChair;
        var (_, head) = await editing.CurrentAsync(draftId, cancellationToken);
        var chosen = revision ?? head;
        if (chosen < 0 || chosen > head) return DraftingErrors.UnknownRevision;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.SingleAsync(d => d.Id == draftId, cancellationToken);
        var now = clock.GetUtcNow();
        var opened = draft.OpenConsultation(chosen, deadline, now, amendmentDeadline);
        if (!opened.IsSuccess) return opened;
        // A group that chose "members only" keeps its drafts to itself: no consultation opens the door behind its back.
        var visibility = await db.WorkingGroups.Where(g => g.Id == draft.GroupId).Select(g => g.Visibility).SingleAsync(cancellationToken);
        if (visibility != GroupVisibility.OpenToConsultation) return DraftingErrors.GroupMembersOnly;
        db.AuditEntries.Add(DraftingAudit.Record(rights.MemberId, DraftingAudit.ConsultationOpened, DraftingAudit.Draft(draftId), null,
            $"r{chosen} → {deadline:O}", now));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Drafting, draftId.ToString(), cancellationToken);
        jobs.Schedule<ConsultationCloseJob>(job => job.RunAsync(draftId, CancellationToken.None), deadline);
        await live.PublishAsync(draftId, "consultation");
        await activity.AnnounceAsync(ModuleKey.Drafting, draftId.ToString(), isPublic: true); // the home page lists it now
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

/// <summary>
/// Reminds a consultation's group and its public participants that the amendment deadline is near (within a day),
/// with the tally of amendments by state. Takes no state but the database; a reminder goes out once per consultation.
/// </summary>
public sealed class AmendmentDeadlineReminderJob(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, INotifier notifier,
    Microsoft.Extensions.Localization.IStringLocalizerFactory localizers, ILogger<AmendmentDeadlineReminderJob> logger)
{
    public const string RecurringId = "drafting-amendment-reminders";
    public static readonly TimeSpan Lead = TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Lead;
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Drafts.Where(d => d.ConsultationOpenedAt != null && d.ConsultationClosedAt == null && d.AmendmentReminderSentAt == null
                    && d.AmendmentDeadline > now && d.AmendmentDeadline <= horizon)
                .Select(d => d.Id).ToListAsync(cancellationToken);
        }
        foreach (var draftId in due) await RemindAsync(draftId, cancellationToken);
    }

    /// <summary>Claims the reminder first with one conditional update (two runs cannot both send), then mails.</summary>
    public async Task RemindAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        var now = clock.GetUtcNow();
        if (draft is null || !draft.AmendmentReminderDue(now, Lead)) return;
        var claimed = await db.Drafts.Where(d => d.Id == draftId && d.AmendmentReminderSentAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.AmendmentReminderSentAt, now), cancellationToken);
        if (claimed == 0) return;
        var counts = await db.Amendments.Where(a => a.DraftId == draftId).GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var members = db.GroupMembers.Where(m => m.GroupId == draft.GroupId).Select(m => m.MemberId);
        var contributors = db.Amendments.Where(a => a.DraftId == draftId && a.DuringConsultation).Select(a => a.AuthorId)
            .Union(db.DraftComments.Where(c => c.DraftId == draftId && c.DuringConsultation).Select(c => c.AuthorId));
        var recipients = await db.Users.Where(u => members.Contains(u.Id) || contributors.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.PreferredCulture }).ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            Reminder reminder;
            using (RecipientCulture.Use(recipient.PreferredCulture)) reminder = Compose(draft, counts);
            var message = recipient.Email is null ? null : new PortalMail(recipient.Email, reminder.Subject, reminder.Html, reminder.Text);
            await SendAsync(recipient.Id, reminder.Until, message, draft, cancellationToken);
        }
    }

    private sealed record Reminder(string Subject, string Html, string Text, string Until);

    private Reminder Compose(Draft draft, IReadOnlyDictionary<AmendmentStatus, int> counts)
    {
        var l = localizers.Create(typeof(DraftingResource));
        var until = PortalTime.ToKyiv(draft.AmendmentDeadline!.Value).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.CurrentCulture);
        var tally = string.Join(", ", Enum.GetValues<AmendmentStatus>().Select(s => $"{l["Status." + s]}: {counts.GetValueOrDefault(s)}"));
        var subject = l["Reminder.Subject", draft.Title];
        var body = l["Reminder.Body", draft.Title, until];
        var tallyLine = l["Reminder.Tally", tally];
        return new Reminder(subject, $"<p>{WebUtility.HtmlEncode(body)}</p><p>{WebUtility.HtmlEncode(tallyLine)}</p>", $"{body}\n{tallyLine}\n", until);
    }

#pragma warning disable CA1031 // One undeliverable address does not stop the others; it is logged.
    /// <summary>Under the bell, and by mail as the member chose for "consultation closing".</summary>
    private async Task SendAsync(Guid memberId, string until, PortalMail? message, Draft draft, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.NotifyAsync(memberId, NotificationTypes.DraftingConsultationClosing, [draft.Title, until], $"/drafting/drafts/{draft.Id}", message, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not send the amendment deadline reminder for {DraftId}", draft.Id);
        }
    }
#pragma warning restore CA1031
}
