using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

public sealed record ReviewDraft(string Strengths, string Weaknesses, ExpertRecommendation Recommendation);

/// <summary>Contest experts write one structured review per entry; the jury reads them on the scoring form.</summary>
public sealed class ExpertReviews(IDbContextFactory<CollabDbContext> dbFactory, ContestAccess access, TimeProvider clock)
{
    public async Task<ReviewDraft?> MineAsync(ClaimsPrincipal user, Guid entryId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContestReviews.Where(r => r.EntryId == entryId && r.ExpertId == memberId.Value)
            .Select(r => new ReviewDraft(r.Strengths, r.Weaknesses, r.Recommendation)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The eligible entries of a nomination this expert may review while expert review is open: those assigned to them
    /// (every entry while the chair has assigned none), less the ones they are conflicted on.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> ReviewableAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId || !await access.HasRoleAsync(user, ModuleRole.Expert, cancellationToken)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var phase = await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => (ContestPhase?)n.Phase).SingleOrDefaultAsync(cancellationToken);
        if (phase is null || !PhaseRules.IsExpertReviewOpen(phase.Value)) return [];
        var entries = await db.ContestEntries.AsNoTracking().Where(e => e.NominationId == nominationId && e.Status == EntryStatus.Eligible).ToListAsync(cancellationToken);
        var assigned = await ReviewerAssignments.AssignedEntriesAsync(db, nominationId, memberId, ReviewerRole.Expert, cancellationToken);
        var conflicts = await ConflictsAsync(db, memberId, entries, cancellationToken);
        return entries.Where(e => (assigned is null || assigned.Contains(e.Id)) && conflicts[e.Id] is null)
            .OrderBy(e => e.Title, StringComparer.Ordinal).Select(e => (e.Id, e.Title)).ToList();
    }

    /// <summary>
    /// Each entry's conflict for this expert, or null: an expert judges nobody's entry of their own, not one they
    /// submitted, not their organisation's, not one they declared.
    /// </summary>
    private static async Task<Dictionary<Guid, ConflictSource?>> ConflictsAsync(CollabDbContext db, Guid memberId, IReadOnlyList<Entry> entries,
        CancellationToken cancellationToken)
    {
        var organisationId = await db.Users.Where(u => u.Id == memberId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var declared = (await db.ContestConflicts.Where(c => c.JurorId == memberId && ids.Contains(c.EntryId)).Select(c => c.EntryId).ToListAsync(cancellationToken))
            .Select(entryId => (memberId, entryId)).ToHashSet();
        var juror = new JurorProfile(memberId, organisationId, null);
        return entries.ToDictionary(e => e.Id, e => ConflictRules.Detect(juror, e.Profile, declared));
    }

    /// <summary>Whether this expert may write a review of the entry now: the page offers the form only then.</summary>
    public async Task<Result> MayWriteAsync(ClaimsPrincipal user, Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RefusalAsync(db, user, entryId, cancellationToken) is { } refusal ? refusal : Result.Success();
    }

    /// <summary>Why this expert may not review the entry now (not an expert, no such entry, phase, assignment, conflict), or null.</summary>
    private async Task<Error?> RefusalAsync(CollabDbContext db, ClaimsPrincipal user, Guid entryId, CancellationToken cancellationToken)
    {
        if (user.MemberId() is not { } memberId || !await access.HasRoleAsync(user, ModuleRole.Expert, cancellationToken)) return CommonErrors.Forbidden;
        var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null || entry.Status != EntryStatus.Eligible) return CommonErrors.NotFound;
        var phase = await db.ContestNominations.Where(n => n.Id == entry.NominationId).Select(n => n.Phase).SingleAsync(cancellationToken);
        if (!PhaseRules.IsExpertReviewOpen(phase)) return ContestErrors.ScoringClosed;
        if (!await ReviewerAssignments.MayReviewAsync(db, entry.NominationId, entryId, memberId, ReviewerRole.Expert, cancellationToken))
            return ContestErrors.NotAssigned;
        var conflict = (await ConflictsAsync(db, memberId, [entry], cancellationToken)).GetValueOrDefault(entry.Id);
        if (conflict is not null) return conflict == ConflictSource.OwnEntry ? ContestErrors.OwnEntryJudged : ContestErrors.Conflicted;
        return null;
    }

    public async Task<Result> SaveAsync(ClaimsPrincipal user, Guid entryId, ReviewDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusalAsync(db, user, entryId, cancellationToken) is { } refusal) return refusal;
        var memberId = user.MemberId()!.Value;
        var review = await db.ContestReviews.SingleOrDefaultAsync(r => r.EntryId == entryId && r.ExpertId == memberId, cancellationToken);
        var now = clock.GetUtcNow();
        if (review is null)
        {
            review = ExpertReview.Create(entryId, memberId, now);
            db.ContestReviews.Add(review);
        }
        var updated = review.Update(draft.Strengths ?? "", draft.Weaknesses ?? "", draft.Recommendation, now);
        if (!updated.IsSuccess) return updated;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
