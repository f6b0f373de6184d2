using EGov.Collab.Domain.Contest;
using FsCheck.Xunit;

namespace EGov.Collab.Tests.Domain.Contest;

/// <summary>Issue #22.12: reviewer assignment, balanced, respecting conflicts; only assignees judge once there are any.</summary>
public sealed class AssignmentRulesTests
{
    private static readonly IReadOnlySet<(Guid, Guid)> NoDeclarations = new HashSet<(Guid, Guid)>();

    private static List<EntryProfile> Entries(int count) =>
        Enumerable.Range(0, count).Select(_ => new EntryProfile(Guid.NewGuid(), null, null)).ToList();

    private static List<JurorProfile> Reviewers(int count) =>
        Enumerable.Range(0, count).Select(_ => new JurorProfile(Guid.NewGuid(), null, null)).ToList();

    private static Dictionary<Guid, int> Loads(IEnumerable<AssignedPair> pairs, IEnumerable<JurorProfile> reviewers)
    {
        var loads = reviewers.ToDictionary(r => r.MemberId, _ => 0);
        foreach (var pair in pairs) loads[pair.ReviewerId]++;
        return loads;
    }

    [Property(MaxTest = 300)]
    public bool Balance_NoConflicts_LoadsDifferByAtMostOne_EveryEntryGetsKDistinctReviewers(byte entrySeed, byte reviewerSeed, byte perEntrySeed)
    {
        var reviewers = Reviewers(1 + reviewerSeed % 12);
        var perEntry = 1 + perEntrySeed % Math.Min(reviewers.Count, AssignmentRules.MaxPerEntry);
        var entries = Entries(entrySeed % 40);

        var plan = AssignmentRules.Balance(entries, reviewers, perEntry, NoDeclarations, []).Value;

        var loads = Loads(plan.Added, reviewers).Values.ToList();
        var perEntryCounts = entries.Select(e => plan.Added.Where(p => p.EntryId == e.EntryId).Select(p => p.ReviewerId).Distinct().Count());
        return plan.ShortEntries.Count == 0
            && plan.Added.Count == entries.Count * perEntry
            && perEntryCounts.All(c => c == perEntry)
            && loads.Max() - loads.Min() <= 1;
    }

    [Fact]
    public void Balance_NeverAssignsAConflictedReviewer_AndReportsEntriesLeftShort()
    {
        var organisation = Guid.NewGuid();
        var community = Guid.NewGuid();
        var entries = new List<EntryProfile>
        {
            new(Guid.NewGuid(), organisation, null),
            new(Guid.NewGuid(), null, community),
            new(Guid.NewGuid(), null, null),
        };
        var sameOrganisation = new JurorProfile(Guid.NewGuid(), organisation, null);
        var sameCommunity = new JurorProfile(Guid.NewGuid(), null, community);
        var declaring = new JurorProfile(Guid.NewGuid(), null, null);
        var declared = new HashSet<(Guid, Guid)> { (declaring.MemberId, entries[2].EntryId) };

        var plan = AssignmentRules.Balance(entries, [sameOrganisation, sameCommunity, declaring], 2, declared, []).Value;

        Assert.DoesNotContain(new AssignedPair(entries[0].EntryId, sameOrganisation.MemberId), plan.Added);
        Assert.DoesNotContain(new AssignedPair(entries[1].EntryId, sameCommunity.MemberId), plan.Added);
        Assert.DoesNotContain(new AssignedPair(entries[2].EntryId, declaring.MemberId), plan.Added);
        Assert.All(entries, e => Assert.Equal(2, plan.Added.Count(p => p.EntryId == e.EntryId)));
        Assert.Empty(plan.ShortEntries);

        var tooMany = AssignmentRules.Balance(entries, [sameOrganisation, sameCommunity, declaring], 3, declared, []).Value;
        Assert.Equal(entries.Select(e => e.EntryId).Order(), tooMany.ShortEntries.Order());
    }

    [Fact]
    public void Balance_KeepsExistingPairs_AndTopsUpTheLeastLoaded()
    {
        var entries = Entries(2);
        var reviewers = Reviewers(3);
        var existing = new[] { new AssignedPair(entries[0].EntryId, reviewers[0].MemberId) };

        var plan = AssignmentRules.Balance(entries, reviewers, 2, NoDeclarations, existing).Value;

        Assert.DoesNotContain(plan.Added, p => p.EntryId == entries[0].EntryId && p.ReviewerId == reviewers[0].MemberId);
        Assert.Single(plan.Added, p => p.EntryId == entries[0].EntryId);
        Assert.Equal(2, plan.Added.Count(p => p.EntryId == entries[1].EntryId));
        var loads = Loads(plan.Added.Concat(existing), reviewers).Values.ToList();
        Assert.True(loads.Max() - loads.Min() <= 1);
    }

    [Fact]
    public void Balance_BadK_OrNobodyToAssign_Refused()
    {
        Assert.Equal(ContestErrors.InvalidPerEntry, AssignmentRules.Balance(Entries(1), Reviewers(2), 0, NoDeclarations, []).Error);
        Assert.Equal(ContestErrors.InvalidPerEntry, AssignmentRules.Balance(Entries(1), Reviewers(2), AssignmentRules.MaxPerEntry + 1, NoDeclarations, []).Error);
        Assert.Equal(ContestErrors.NoReviewers, AssignmentRules.Balance(Entries(1), [], 1, NoDeclarations, []).Error);
    }

    [Fact]
    public void CanAssign_ConflictOrDuplicate_Refused()
    {
        var organisation = Guid.NewGuid();
        var entry = new EntryProfile(Guid.NewGuid(), organisation, null);
        var colleague = new JurorProfile(Guid.NewGuid(), organisation, null);
        var outsider = new JurorProfile(Guid.NewGuid(), Guid.NewGuid(), null);

        Assert.Equal(ContestErrors.Conflicted, AssignmentRules.CanAssign(colleague, entry, NoDeclarations, false).Error);
        Assert.Equal(ContestErrors.AlreadyAssigned, AssignmentRules.CanAssign(outsider, entry, NoDeclarations, true).Error);
        Assert.True(AssignmentRules.CanAssign(outsider, entry, NoDeclarations, false).IsSuccess);
        Assert.Equal(ContestErrors.Conflicted, AssignmentRules.CanAssign(outsider, entry, new HashSet<(Guid, Guid)> { (outsider.MemberId, entry.EntryId) }, false).Error);
    }

    [Fact]
    public void MayReview_EveryoneBeforeAssignments_OnlyAssigneesAfter()
    {
        Assert.True(AssignmentRules.MayReview(roleHasAssignments: false, assigned: false));
        Assert.True(AssignmentRules.MayReview(roleHasAssignments: true, assigned: true));
        Assert.False(AssignmentRules.MayReview(roleHasAssignments: true, assigned: false));
        Assert.Equal(ContestErrors.AssignmentHasWork, AssignmentRules.CanUnassign(hasWork: true).Error);
    }

    [Fact]
    public void IsOwnEntry_TheApplicantOrTheirOrganisation()
    {
        var applicant = Guid.NewGuid();
        var organisation = Guid.NewGuid();
        Assert.True(VoteRules.IsOwnEntry(applicant, null, applicant, null));
        Assert.True(VoteRules.IsOwnEntry(Guid.NewGuid(), organisation, applicant, organisation));
        Assert.False(VoteRules.IsOwnEntry(Guid.NewGuid(), null, applicant, null));
        Assert.False(VoteRules.IsOwnEntry(Guid.NewGuid(), Guid.NewGuid(), applicant, organisation));
    }
}
