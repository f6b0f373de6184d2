using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

public sealed record ScreeningRow(Guid Id, string Title, string Nomination, string Applicant, EntryStatus Status, string? Reason, DateTimeOffset? SubmittedAt);

/// <summary>The contest administrator's work: phases by hand, screening, publishing approved results.</summary>
public sealed class ContestAdministration(
    IDbContextFactory<CollabDbContext> dbFactory,
    ContestAccess access,
    PanelSessions sessions,
    ContestResults results,
    TimeProvider clock,
    IEnumerable<IContestResultsListener> listeners,
    ContestNotifications notifications,
    EGov.Collab.App.Common.SearchIndex.ISearchIndexer indexer,
    ILogger<ContestAdministration> logger)
{
    public async Task<Result> MovePhaseAsync(ClaimsPrincipal user, Guid nominationId, ContestPhase phase, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (!Enum.IsDefined(phase)) return CommonErrors.Invalid("Phase");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.SingleOrDefaultAsync(n => n.Id == nominationId, cancellationToken);
        if (nomination is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var before = nomination.Phase;
        nomination.MoveTo(phase, now);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.PhaseMoved, ContestAudit.Nomination(nominationId), before.ToString(), phase.ToString(), now));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        sessions.Evict(nominationId);
        return saved;
    }

    public async Task<Result<IReadOnlyList<ScreeningRow>>> ScreeningAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from e in db.ContestEntries.AsNoTracking()
                          where e.Status != EntryStatus.Draft
                          join n in db.ContestNominations on e.NominationId equals n.Id
                          join m in db.Users on e.ApplicantId equals m.Id
                          select new ScreeningRow(e.Id, e.Title, n.Title, m.FullName, e.Status, e.ScreeningReason, e.SubmittedAt)).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Status != EntryStatus.Submitted).ThenBy(r => r.Nomination, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<Result> ScreenAsync(ClaimsPrincipal user, Guid entryId, bool eligible, string? reason, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var before = entry.Status;
        var screened = entry.Screen(eligible, reason, now);
        if (!screened.IsSuccess) return screened;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.EntryScreened, ContestAudit.Entry(entryId),
            before.ToString(), $"{entry.Status}: {entry.ScreeningReason}", now));
        await db.SaveChangesAsync(cancellationToken);
        sessions.Evict(entry.NominationId);
        // Its public page (and search document) exists exactly while it passed screening.
        await indexer.RefreshAsync(ModuleKey.Contest, ContestSearchSource.ItemId(entryId), cancellationToken);
        await notifications.EntryScreenedAsync(entryId, cancellationToken);
        return Result.Success();
    }

    /// <summary>The chair approves the final ranking once scoring is locked.</summary>
    public async Task<Result> ApproveAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.SingleOrDefaultAsync(n => n.Id == nominationId, cancellationToken);
        if (nomination is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var approved = nomination.ApproveResults(user.MemberId()!.Value, now);
        if (!approved.IsSuccess) return approved;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.ResultsApproved, ContestAudit.Nomination(nominationId), null, null, now));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Publishes approved results: places written on the entries, the first place marked as winner.</summary>
    public async Task<Result> PublishAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        var ranking = await results.RankingAsync(nominationId, cancellationToken);
        if (ranking is null) return CommonErrors.NotFound;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.SingleAsync(n => n.Id == nominationId, cancellationToken);
        var now = clock.GetUtcNow();
        var published = nomination.PublishResults(now);
        if (!published.IsSuccess) return published;
        var entries = await db.ContestEntries.Where(e => e.NominationId == nominationId).ToListAsync(cancellationToken);
        foreach (var entry in entries)
            entry.SetPlace(ranking.Rows.FirstOrDefault(r => r.EntryId == entry.Id)?.Rank);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.ResultsPublished, ContestAudit.Nomination(nominationId), null,
            string.Join("; ", ranking.Rows.Where(r => r.Rank == 1).Select(r => r.Title)), now));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.IsSuccess) return saved;
        foreach (var listener in listeners)
        {
            try
            {
                await listener.ResultsPublishedAsync(nominationId, cancellationToken);
            }
#pragma warning disable CA1031 // The results are published; a listener's failure must not undo that.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "A listener failed after the results of nomination {NominationId} were published", nominationId);
            }
        }
        return Result.Success();
    }
}
