using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>A reviewer's and an entry's pairing, as the automatic assignment adds it.</summary>
public sealed record AssignedPair(Guid EntryId, Guid ReviewerId);

/// <summary>What the automatic assignment decided: the pairs to add, and the entries left with fewer than K reviewers (too many conflicts).</summary>
public sealed record AssignmentPlan(IReadOnlyList<AssignedPair> Added, IReadOnlyList<Guid> ShortEntries);

/// <summary>
/// Reviewer assignment (HotCRP's and Award Force's): the chair gives each entry K reviewers of a role, by hand or
/// balanced automatically, never one with a conflict of interest (<see cref="ConflictRules"/>); once a role has
/// assignments in a nomination, only the assignees of that role see and judge an entry.
/// </summary>
public static class AssignmentRules
{
    public const int MaxPerEntry = 10;

    /// <summary>Without any assignment of the role, every panel member (or expert) judges every entry; after the first, only assignees.</summary>
    public static bool MayReview(bool roleHasAssignments, bool assigned) => !roleHasAssignments || assigned;

    /// <summary>A hand assignment: refused for a conflicted reviewer and for a pair that already exists.</summary>
    public static Result CanAssign(JurorProfile reviewer, EntryProfile entry, IReadOnlySet<(Guid JurorId, Guid EntryId)> declared, bool alreadyAssigned)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(entry);
        if (ConflictRules.Detect(reviewer, entry, declared) is not null) return ContestErrors.Conflicted;
        return alreadyAssigned ? ContestErrors.AlreadyAssigned : Result.Success();
    }

    /// <summary>Unassigning someone who already scored or reviewed the entry would orphan their work.</summary>
    public static Result CanUnassign(bool hasWork) => hasWork ? ContestErrors.AssignmentHasWork : Result.Success();

    /// <summary>
    /// Tops every entry up to <paramref name="perEntry"/> reviewers, keeping <paramref name="existing"/> pairs. Each entry
    /// takes the least-loaded reviewers without a conflict (ties in the order given), the most constrained entries first.
    /// Starting from nothing and without conflicts the loads differ by at most one: each step gives one more to the K
    /// least loaded, which keeps every load within {m, m + 1}.
    /// </summary>
    public static Result<AssignmentPlan> Balance(
        IReadOnlyList<EntryProfile> entries,
        IReadOnlyList<JurorProfile> reviewers,
        int perEntry,
        IReadOnlySet<(Guid JurorId, Guid EntryId)> declared,
        IReadOnlyCollection<AssignedPair> existing)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(reviewers);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(existing);
        if (perEntry is < 1 or > MaxPerEntry) return ContestErrors.InvalidPerEntry;
        if (reviewers.Count == 0) return ContestErrors.NoReviewers;

        var rank = new Dictionary<Guid, int>();
        foreach (var reviewer in reviewers) rank.TryAdd(reviewer.MemberId, rank.Count);
        var load = rank.Keys.ToDictionary(id => id, id => existing.Count(p => p.ReviewerId == id));
        var taken = existing.Select(p => (p.EntryId, p.ReviewerId)).ToHashSet();
        var candidates = entries.ToDictionary(
            e => e.EntryId,
            e => reviewers.Where(r => ConflictRules.Detect(r, e, declared) is null).DistinctBy(r => r.MemberId).ToList());

        var added = new List<AssignedPair>();
        var shortEntries = new List<Guid>();
        foreach (var entry in entries.OrderBy(e => candidates[e.EntryId].Count))
        {
            var have = taken.Count(t => t.EntryId == entry.EntryId);
            var chosen = candidates[entry.EntryId]
                .Where(r => !taken.Contains((entry.EntryId, r.MemberId)))
                .OrderBy(r => load[r.MemberId]).ThenBy(r => rank[r.MemberId])
                .Take(Math.Max(0, perEntry - have)).ToList();
            foreach (var reviewer in chosen)
            {
                taken.Add((entry.EntryId, reviewer.MemberId));
                load[reviewer.MemberId]++;
                added.Add(new AssignedPair(entry.EntryId, reviewer.MemberId));
            }
            if (have + chosen.Count < perEntry) shortEntries.Add(entry.EntryId);
        }
        return new AssignmentPlan(added, shortEntries);
    }
}
