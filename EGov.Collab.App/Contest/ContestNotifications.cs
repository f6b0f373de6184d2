using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Contest;

/// <summary>
/// Tells applicants, under the bell and by mail as they chose, that their entry was screened and that a nomination's
/// results are out. Runs after the change is saved; a failure is logged and the change stands.
/// </summary>
public sealed class ContestNotifications(
    IDbContextFactory<CollabDbContext> dbFactory,
    INotifier notifier,
    IStringLocalizer<ContestResource> text,
    ILogger<ContestNotifications> logger) : IContestResultsListener
{
#pragma warning disable CA1031 // The screening is saved whatever the notifier does.
    public async Task EntryScreenedAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var entry = await (from e in db.ContestEntries
                               where e.Id == entryId
                               join m in db.Users on e.ApplicantId equals m.Id
                               select new { e.ApplicantId, e.Title, e.Status, e.ScreeningReason, m.PreferredCulture }).SingleOrDefaultAsync(cancellationToken);
            if (entry is null) return;
            string outcome;
            // The outcome is stored with the notification, so it is written in the applicant's language.
            using (RecipientCulture.Use(entry.PreferredCulture))
                outcome = text["Contest.Status." + entry.Status].Value + (entry.ScreeningReason is null ? "" : $" ({entry.ScreeningReason})");
            await notifier.NotifyAsync(entry.ApplicantId, NotificationTypes.ContestEntryScreened, [entry.Title, outcome], "/contest/my", cancellationToken: cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not tell the applicant that entry {EntryId} was screened", entryId);
        }
    }
#pragma warning restore CA1031

    /// <summary>Every applicant of the nomination (each once), whatever their entry's place.</summary>
    public async Task ResultsPublishedAsync(Guid nominationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contest = await (from n in db.ContestNominations
                             where n.Id == nominationId
                             join e in db.ContestEditions on n.EditionId equals e.Id
                             select new { Nomination = n.Title, Edition = e.Title }).SingleOrDefaultAsync(cancellationToken);
        if (contest is null) return;
        var applicants = await db.ContestEntries.Where(e => e.NominationId == nominationId && e.Status != EntryStatus.Draft)
            .Select(e => e.ApplicantId).Distinct().ToListAsync(cancellationToken);
        await notifier.NotifyAsync(applicants, NotificationTypes.ContestResults, [$"{contest.Edition} — {contest.Nomination}"],
            $"/contest/nominations/{nominationId}", cancellationToken);
    }
}
