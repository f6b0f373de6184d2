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

    public async Task<Result> SaveAsync(ClaimsPrincipal user, Guid entryId, ReviewDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!await access.HasRoleAsync(user, ModuleRole.Expert, cancellationToken)) return CommonErrors.Forbidden;
        var memberId = user.MemberId()!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null || entry.Status != EntryStatus.Eligible) return CommonErrors.NotFound;
        var phase = await db.ContestNominations.Where(n => n.Id == entry.NominationId).Select(n => n.Phase).SingleAsync(cancellationToken);
        if (!PhaseRules.IsExpertReviewOpen(phase)) return ContestErrors.ScoringClosed;
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
