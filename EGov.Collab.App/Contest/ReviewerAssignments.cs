using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

public sealed record AssignmentReviewer(Guid MemberId, string Name, ReviewerRole Role, int Load);

/// <summary>One entry on the chair's board: who is assigned (by role) and who may not be (a conflict of interest).</summary>
public sealed record AssignmentEntry(Guid EntryId, string Title, IReadOnlyList<Guid> Jurors, IReadOnlyList<Guid> Experts, IReadOnlySet<Guid> Conflicted);

public sealed record AssignmentBoard(
    Guid NominationId,
    string NominationTitle,
    IReadOnlyList<AssignmentReviewer> Jurors,
    IReadOnlyList<AssignmentReviewer> Experts,
    IReadOnlyList<AssignmentEntry> Entries)
{
    public IEnumerable<AssignmentReviewer> Of(ReviewerRole role) => role == ReviewerRole.Juror ? Jurors : Experts;

    public string Name(Guid memberId) => Jurors.Concat(Experts).FirstOrDefault(r => r.MemberId == memberId)?.Name ?? "";
}

/// <summary>What the automatic assignment did: how many pairs it added and which entries it could not fill (too many conflicts).</summary>
public sealed record AutoAssignOutcome(int Added, IReadOnlyList<string> ShortEntries);

/// <summary>
/// The chair assigns jurors (the nomination's panel) and experts (the contest's experts) to the nomination's entries,
/// by hand or balanced automatically (<see cref="AssignmentRules"/>); each then sees and judges only their own.
/// </summary>
public sealed class ReviewerAssignments(IDbContextFactory<CollabDbContext> dbFactory, ContestAccess access, PanelSessions sessions, TimeProvider clock)
{
    public async Task<Result<AssignmentBoard>> BoardAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pool = await PoolAsync(db, nominationId, cancellationToken);
        if (pool is null) return CommonErrors.NotFound;
        var assignments = await db.ContestAssignments.AsNoTracking().Where(a => a.NominationId == nominationId).ToListAsync(cancellationToken);
        AssignmentReviewer Row(Reviewer r) => new(r.Profile.MemberId, r.Name, r.Role, assignments.Count(a => a.ReviewerId == r.Profile.MemberId && a.Role == r.Role));
        var entries = pool.Entries.Select(e => new AssignmentEntry(
            e.Profile.EntryId,
            e.Title,
            assignments.Where(a => a.EntryId == e.Profile.EntryId && a.Role == ReviewerRole.Juror).Select(a => a.ReviewerId).ToList(),
            assignments.Where(a => a.EntryId == e.Profile.EntryId && a.Role == ReviewerRole.Expert).Select(a => a.ReviewerId).ToList(),
            pool.Jurors.Concat(pool.Experts).Where(r => ConflictRules.Detect(r.Profile, e.Profile, pool.Declared) is not null)
                .Select(r => r.Profile.MemberId).ToHashSet())).ToList();
        return new AssignmentBoard(nominationId, pool.Title, pool.Jurors.Select(Row).ToList(), pool.Experts.Select(Row).ToList(), entries);
    }

    /// <summary>Assigns one reviewer to one entry by hand; a conflicted reviewer or an existing pair is refused.</summary>
    public async Task<Result> AssignAsync(ClaimsPrincipal user, Guid nominationId, Guid entryId, Guid reviewerId, ReviewerRole role,
        CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (!Enum.IsDefined(role)) return CommonErrors.Invalid("Role");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pool = await PoolAsync(db, nominationId, cancellationToken);
        if (pool is null) return CommonErrors.NotFound;
        var entry = pool.Entries.FirstOrDefault(e => e.Profile.EntryId == entryId);
        if (entry is null) return CommonErrors.NotFound;
        var reviewer = (role == ReviewerRole.Juror ? pool.Jurors : pool.Experts).FirstOrDefault(r => r.Profile.MemberId == reviewerId);
        if (reviewer is null) return role == ReviewerRole.Juror ? ContestErrors.NotOnPanel : CommonErrors.Invalid("Reviewer");
        var exists = await db.ContestAssignments.AnyAsync(a => a.EntryId == entryId && a.ReviewerId == reviewerId, cancellationToken);
        var allowed = AssignmentRules.CanAssign(reviewer.Profile, entry.Profile, pool.Declared, exists);
        if (!allowed.IsSuccess) return allowed;
        var now = clock.GetUtcNow();
        db.ContestAssignments.Add(ReviewAssignment.Create(nominationId, entryId, reviewerId, role, automatic: false, now));
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.AssignmentAdded, ContestAudit.Entry(entryId), null,
            $"{role}: {reviewer.Name}", now));
        return await SaveAsync(db, nominationId, cancellationToken);
    }

    /// <summary>Takes an assignment back, unless the reviewer already scored or reviewed the entry.</summary>
    public async Task<Result> UnassignAsync(ClaimsPrincipal user, Guid nominationId, Guid entryId, Guid reviewerId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var assignment = await db.ContestAssignments.SingleOrDefaultAsync(a => a.NominationId == nominationId && a.EntryId == entryId && a.ReviewerId == reviewerId, cancellationToken);
        if (assignment is null) return CommonErrors.NotFound;
        var hasWork = assignment.Role == ReviewerRole.Juror
            ? await db.ContestSheets.AnyAsync(s => s.EntryId == entryId && s.JurorId == reviewerId, cancellationToken)
            : await db.ContestReviews.AnyAsync(r => r.EntryId == entryId && r.ExpertId == reviewerId, cancellationToken);
        var allowed = AssignmentRules.CanUnassign(hasWork);
        if (!allowed.IsSuccess) return allowed;
        var name = await db.Users.Where(m => m.Id == reviewerId).Select(m => m.FullName).SingleAsync(cancellationToken);
        db.ContestAssignments.Remove(assignment);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.AssignmentRemoved, ContestAudit.Entry(entryId),
            $"{assignment.Role}: {name}", null, clock.GetUtcNow()));
        return await SaveAsync(db, nominationId, cancellationToken);
    }

    /// <summary>Gives every entry <paramref name="perEntry"/> reviewers of the role, loads as even as possible, never a conflicted one.</summary>
    public async Task<Result<AutoAssignOutcome>> AutoAssignAsync(ClaimsPrincipal user, Guid nominationId, ReviewerRole role, int perEntry,
        CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (!Enum.IsDefined(role)) return CommonErrors.Invalid("Role");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pool = await PoolAsync(db, nominationId, cancellationToken);
        if (pool is null) return CommonErrors.NotFound;
        var reviewers = role == ReviewerRole.Juror ? pool.Jurors : pool.Experts;
        var existing = await db.ContestAssignments.AsNoTracking().Where(a => a.NominationId == nominationId && a.Role == role)
            .Select(a => new AssignedPair(a.EntryId, a.ReviewerId)).ToListAsync(cancellationToken);
        // A reviewer assigned in the other role to an entry is taken for it (one assignment per entry and reviewer).
        var otherRole = await db.ContestAssignments.AsNoTracking().Where(a => a.NominationId == nominationId && a.Role != role)
            .Select(a => new { a.ReviewerId, a.EntryId }).ToListAsync(cancellationToken);
        var blocked = new HashSet<(Guid, Guid)>(pool.Declared);
        foreach (var pair in otherRole) blocked.Add((pair.ReviewerId, pair.EntryId));
        var plan = AssignmentRules.Balance(pool.Entries.Select(e => e.Profile).ToList(), reviewers.Select(r => r.Profile).ToList(), perEntry, blocked, existing);
        if (!plan.IsSuccess) return plan.Error!;
        var now = clock.GetUtcNow();
        foreach (var pair in plan.Value.Added)
            db.ContestAssignments.Add(ReviewAssignment.Create(nominationId, pair.EntryId, pair.ReviewerId, role, automatic: true, now));
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.AssignmentAutomatic, ContestAudit.Nomination(nominationId), null,
            $"{role} × {perEntry}: +{plan.Value.Added.Count}", now));
        var saved = await SaveAsync(db, nominationId, cancellationToken);
        if (!saved.IsSuccess) return saved.Error!;
        var titles = pool.Entries.ToDictionary(e => e.Profile.EntryId, e => e.Title);
        return new AutoAssignOutcome(plan.Value.Added.Count, plan.Value.ShortEntries.Select(id => titles[id]).ToList());
    }

    /// <summary>The entries of a nomination this member may judge in the role; null when the role has no assignments there (all of them).</summary>
    public async Task<IReadOnlySet<Guid>?> AssignedEntriesAsync(Guid nominationId, Guid memberId, ReviewerRole role, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await AssignedEntriesAsync(db, nominationId, memberId, role, cancellationToken);
    }

    internal static async Task<IReadOnlySet<Guid>?> AssignedEntriesAsync(CollabDbContext db, Guid nominationId, Guid memberId, ReviewerRole role,
        CancellationToken cancellationToken)
    {
        if (!await db.ContestAssignments.AnyAsync(a => a.NominationId == nominationId && a.Role == role, cancellationToken)) return null;
        return (await db.ContestAssignments.Where(a => a.NominationId == nominationId && a.Role == role && a.ReviewerId == memberId)
            .Select(a => a.EntryId).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Whether the assignments let this member judge the entry in the role (<see cref="AssignmentRules.MayReview"/>).</summary>
    internal static async Task<bool> MayReviewAsync(CollabDbContext db, Guid nominationId, Guid entryId, Guid memberId, ReviewerRole role,
        CancellationToken cancellationToken)
    {
        var any = await db.ContestAssignments.AnyAsync(a => a.NominationId == nominationId && a.Role == role, cancellationToken);
        var assigned = any && await db.ContestAssignments.AnyAsync(a => a.EntryId == entryId && a.ReviewerId == memberId && a.Role == role, cancellationToken);
        return AssignmentRules.MayReview(any, assigned);
    }

    private async Task<Result> SaveAsync(CollabDbContext db, Guid nominationId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another chair (or node) assigned the same pair first: the unique (entry, reviewer) index decided.
            return ContestErrors.AlreadyAssigned;
        }
        sessions.Evict(nominationId);
        (await sessions.GetAsync(nominationId, cancellationToken))?.Announce();
        return Result.Success();
    }

    private sealed record Reviewer(JurorProfile Profile, string Name, ReviewerRole Role);

    private sealed record PoolEntry(EntryProfile Profile, string Title);

    private sealed record Pool(string Title, IReadOnlyList<PoolEntry> Entries, IReadOnlyList<Reviewer> Jurors, IReadOnlyList<Reviewer> Experts,
        IReadOnlySet<(Guid JurorId, Guid EntryId)> Declared);

    /// <summary>The nomination's eligible entries, its panel, the contest's experts and the declared conflicts; null for no such nomination.</summary>
    private static async Task<Pool?> PoolAsync(CollabDbContext db, Guid nominationId, CancellationToken cancellationToken)
    {
        var title = await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => n.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null) return null;
        var entries = await db.ContestEntries.AsNoTracking().Where(e => e.NominationId == nominationId && e.Status == EntryStatus.Eligible).ToListAsync(cancellationToken);
        var entryIds = entries.Select(e => e.Id).ToList();
        var jurors = await (from p in db.ContestPanel.AsNoTracking()
                            where p.NominationId == nominationId
                            join m in db.Users on p.MemberId equals m.Id
                            select new { Panel = p, m.FullName }).ToListAsync(cancellationToken);
        var experts = await (from g in db.ModuleRoleGrants.AsNoTracking()
                             where g.Module == ModuleKey.Contest && g.Role == ModuleRole.Expert
                             join m in db.Users on g.MemberId equals m.Id
                             select new { m.Id, m.FullName, m.OrganisationId }).ToListAsync(cancellationToken);
        var declared = await db.ContestConflicts.AsNoTracking().Where(c => entryIds.Contains(c.EntryId))
            .Select(c => new { c.JurorId, c.EntryId }).ToListAsync(cancellationToken);
        return new Pool(
            title,
            [.. entries.OrderBy(e => e.SubmittedAt).ThenBy(e => e.Title, StringComparer.Ordinal).Select(e => new PoolEntry(e.Profile, e.Title))],
            [.. jurors.OrderBy(j => j.FullName, StringComparer.Ordinal).Select(j => new Reviewer(j.Panel.Profile, j.FullName, ReviewerRole.Juror))],
            [.. experts.DistinctBy(e => e.Id).OrderBy(e => e.FullName, StringComparer.Ordinal)
                .Select(e => new Reviewer(new JurorProfile(e.Id, e.OrganisationId, null), e.FullName, ReviewerRole.Expert))],
            declared.Select(d => (d.JurorId, d.EntryId)).ToHashSet());
    }
}
