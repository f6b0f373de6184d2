using EGov.Collab.App.Contest;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>
/// When a nomination's results are published, each winning entry becomes a draft practice pre-filled from the entry, with
/// the jury's score and a link back; the module's experts are told to complete and publish it. Safe to run twice: an
/// entry already taken in is skipped (and the unique key on the entry id backs that up).
/// </summary>
public sealed class ContestWinnerIntake(
    IDbContextFactory<CollabDbContext> dbFactory,
    ContestResults results,
    NotificationCenter notifications,
    TimeProvider clock) : IContestResultsListener
{
    public async Task ResultsPublishedAsync(Guid nominationId, CancellationToken cancellationToken)
    {
        var ranking = await results.RankingAsync(nominationId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var winners = await db.ContestEntries.AsNoTracking().Where(e => e.NominationId == nominationId && e.IsWinner).ToListAsync(cancellationToken);
        var taken = await db.Practices.Where(p => p.ContestEntryId != null).Select(p => p.ContestEntryId!.Value).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var created = new List<Practice>();
        foreach (var entry in winners.Where(e => !taken.Contains(e.Id)))
        {
            var content = new PracticeContent
            {
                TitleUk = entry.Title.Length > PracticeContent.TitleMaxLength ? entry.Title[..PracticeContent.TitleMaxLength] : entry.Title,
                SolutionUk = entry.Description,
                ImplementationUk = entry.Results,
                ResourcesUk = entry.Costs,
                TransferabilityUk = entry.Replication,
                Contacts = entry.Contacts,
                CommunityId = entry.CommunityId,
                OrganisationId = entry.OrganisationId,
            };
            var katottg = entry.CommunityId is { } cid ? await db.Communities.Where(c => c.Id == cid).Select(c => c.KatottgCode).SingleOrDefaultAsync(cancellationToken) : null;
            var jury = ranking?.Rows.FirstOrDefault(r => r.EntryId == entry.Id)?.Jury;
            var practice = Practice.FromContestWinner(content, CommunityRegions.RegionOf(katottg), entry.ApplicantId, entry.Id,
                jury is { } score ? Math.Round((decimal)score, 2) : null, now);
            if (!practice.IsSuccess) continue;
            db.Practices.Add(practice.Value);
            db.AuditEntries.Add(AuditEntry.Record(null, ModuleKey.Practices, PracticeAudit.FromContest, PracticeAudit.Subject(practice.Value.Id), null, $"entry:{entry.Id}", now));
            created.Add(practice.Value);
        }
        if (created.Count == 0) return;
        await db.SaveChangesAsync(cancellationToken);
        var experts = await PracticesAccess.ExpertIds(db).ToListAsync(cancellationToken);
        foreach (var practice in created)
        {
            await notifications.NotifyAsync([.. experts, practice.AuthorId], ModuleKey.Practices, "Practices.Notify.WinnerDraft", [practice.TitleUk],
                PracticeLinks.Practice(practice.Id), cancellationToken);
        }
    }
}
