using EGov.Collab.Domain.Contest;

namespace EGov.Collab.Tests.Domain.Contest;

public sealed class ContestRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly PhaseSchedule Schedule = new(Now.AddDays(-10), Now.AddDays(10), Now.AddDays(20), Now.AddDays(30), Now.AddDays(40));

    [Fact]
    public void ValidateSet_WeightsAddUpTo100_Succeeds() =>
        Assert.True(CriteriaRules.ValidateSet([new(Guid.NewGuid(), 33, 0, 10), new(Guid.NewGuid(), 33, 0, 10), new(Guid.NewGuid(), 34, 1, 5)]).IsSuccess);

    [Theory]
    [InlineData(50, 49)]
    [InlineData(50, 51)]
    public void ValidateSet_WeightsNot100_Refused(int first, int second) =>
        Assert.Equal(ContestErrors.WeightsNotHundred, CriteriaRules.ValidateSet([new(Guid.NewGuid(), first, 0, 10), new(Guid.NewGuid(), second, 0, 10)]).Error);

    [Fact]
    public void ValidateSet_ZeroWeightOrInvertedScale_Refused()
    {
        Assert.Equal(ContestErrors.InvalidWeight, CriteriaRules.ValidateSet([new(Guid.NewGuid(), 0, 0, 10), new(Guid.NewGuid(), 100, 0, 10)]).Error);
        Assert.Equal(ContestErrors.InvalidScale, CriteriaRules.ValidateSet([new(Guid.NewGuid(), 100, 10, 0)]).Error);
    }

    [Theory]
    [InlineData(-0.5, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(10.01, false)]
    [InlineData(double.NaN, false)]
    public void IsOnScale_Bounds(double value, bool expected) =>
        Assert.Equal(expected, CriteriaRules.IsOnScale(new CriterionSpec(Guid.NewGuid(), 100, 0, 10), value));

    [Fact]
    public void ValidateValues_MissingCriterion_ScoreMissing()
    {
        var a = new CriterionSpec(Guid.NewGuid(), 60, 0, 10);
        var b = new CriterionSpec(Guid.NewGuid(), 40, 0, 10);
        Assert.Equal(ContestErrors.ScoreMissing, CriteriaRules.ValidateValues([a, b], new Dictionary<Guid, double> { [a.Id] = 5 }).Error);
        Assert.Equal(ContestErrors.ScoreOutOfScale, CriteriaRules.ValidateValues([a, b], new Dictionary<Guid, double> { [a.Id] = 5, [b.Id] = 11 }).Error);
    }

    [Fact]
    public void Compute_EqualScores_TopCriterionThenEarlierSubmissionBreaksTheTie()
    {
        var heavy = new CriterionSpec(Guid.NewGuid(), 60, 0, 10);
        var light = new CriterionSpec(Guid.NewGuid(), 40, 0, 10);
        var juror = Guid.NewGuid();
        var (first, second, third, fourth) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        // first: 60×0.4 + 40×1 = 64; second: 60×0.8 + 40×0.4 = 64 (stronger on the heavy criterion).
        var sheets = new List<JurorSheet>
        {
            new(juror, first, new Dictionary<Guid, double> { [heavy.Id] = 4, [light.Id] = 10 }),
            new(juror, second, new Dictionary<Guid, double> { [heavy.Id] = 8, [light.Id] = 4 }),
            new(juror, third, new Dictionary<Guid, double> { [heavy.Id] = 8, [light.Id] = 4 }),
        };
        var entries = new List<RankingEntry> { new(first, Now), new(second, Now.AddHours(2)), new(third, Now.AddHours(1)), new(fourth, Now) };

        var ranked = JuryRanking.Compute([heavy, light], entries, sheets, JuryOptions.Default);

        Assert.Equal([third, second, first, fourth], ranked.Select(r => r.EntryId));
        Assert.Equal([1, 2, 3], ranked.Take(3).Select(r => r.Rank!.Value));
        Assert.Null(ranked[3].Rank);
        Assert.Null(ranked[3].Score);
    }

    [Fact]
    public void Compute_AllKeysEqual_SharedRank()
    {
        var criterion = new CriterionSpec(Guid.NewGuid(), 100, 0, 10);
        var juror = Guid.NewGuid();
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var sheets = new List<JurorSheet>
        {
            new(juror, a, new Dictionary<Guid, double> { [criterion.Id] = 7 }),
            new(juror, b, new Dictionary<Guid, double> { [criterion.Id] = 7 }),
            new(juror, c, new Dictionary<Guid, double> { [criterion.Id] = 5 }),
        };
        var ranked = JuryRanking.Compute([criterion], [new(a, Now), new(b, Now), new(c, Now)], sheets, JuryOptions.Default);
        Assert.Equal([1, 1, 3], ranked.Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Compute_IncompleteSheet_NotCounted()
    {
        var a = new CriterionSpec(Guid.NewGuid(), 50, 0, 10);
        var b = new CriterionSpec(Guid.NewGuid(), 50, 0, 10);
        var entry = Guid.NewGuid();
        var ranked = JuryRanking.Compute([a, b], [new(entry, Now)], [new(Guid.NewGuid(), entry, new Dictionary<Guid, double> { [a.Id] = 9 })], JuryOptions.Default);
        Assert.Equal(0, ranked.Single().Jurors);
        Assert.Null(ranked.Single().Score);
    }

    [Fact]
    public void Standardise_JurorWhoNeverVaries_ZeroNotNaN()
    {
        var juror = Guid.NewGuid();
        var z = JuryRanking.Standardise(new Dictionary<(Guid, Guid), double> { [(juror, Guid.NewGuid())] = 70, [(juror, Guid.NewGuid())] = 70 });
        Assert.All(z.Values, v => Assert.Equal(0, v));
    }

    [Theory]
    [InlineData(new double[] { 3 }, 3)]
    [InlineData(new double[] { 9, 1, 5 }, 5)]
    [InlineData(new double[] { 1, 2, 3, 10 }, 2.5)]
    public void Median_OddAndEvenCounts(double[] values, double expected) => Assert.Equal(expected, JuryRanking.Median(values));

    [Fact]
    public void Combine_NobodyVoted_PublicZeroJuryDecides()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var jury = new List<RankedEntry>
        {
            new(a, 80, null, 3, 0, false, 0, new Dictionary<Guid, double>(), 1),
            new(b, 60, null, 3, 0, false, 0, new Dictionary<Guid, double>(), 2),
        };
        var final = FinalRanking.Combine(jury, new Dictionary<Guid, int>(), 80);
        Assert.Equal([64.0, 48.0], final.Select(f => f.Final));
        Assert.Equal([a, b], final.Select(f => f.EntryId));
    }

    [Fact]
    public void Combine_EqualFinal_HigherJuryWins()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        // a: 0.5×60 + 0.5×100 = 80; b: 0.5×80 + 0.5×80 = 80 → b wins on jury.
        var jury = new List<RankedEntry>
        {
            new(a, 60, null, 1, 0, false, 0, new Dictionary<Guid, double>(), 2),
            new(b, 80, null, 1, 0, false, 0, new Dictionary<Guid, double>(), 1),
        };
        var final = FinalRanking.Combine(jury, new Dictionary<Guid, int> { [a] = 10, [b] = 8 }, 50);
        Assert.Equal(b, final[0].EntryId);
        Assert.Equal([1, 2], final.Select(f => f.Rank));
    }

    [Fact]
    public void Detect_SameOrganisationSameCommunityDeclared()
    {
        var (juror, organisation, community, entry) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var none = new HashSet<(Guid, Guid)>();
        Assert.Equal(ConflictSource.SameOrganisation, ConflictRules.Detect(new(juror, organisation, null), new(entry, organisation, null), none));
        Assert.Equal(ConflictSource.SameCommunity, ConflictRules.Detect(new(juror, null, community), new(entry, Guid.NewGuid(), community), none));
        Assert.Equal(ConflictSource.Declared, ConflictRules.Detect(new(juror, null, null), new(entry, null, null), new HashSet<(Guid, Guid)> { (juror, entry) }));
        Assert.Null(ConflictRules.Detect(new(juror, organisation, community), new(entry, Guid.NewGuid(), Guid.NewGuid()), none));
        Assert.Null(ConflictRules.Detect(new(juror, null, null), new(entry, null, null), none));
    }

    [Fact]
    public void Detect_TheJurorsOwnEntry_IsAConflictBeforeAnyOther()
    {
        var juror = Guid.NewGuid();
        var entry = Guid.NewGuid();
        var organisation = Guid.NewGuid();
        var none = new HashSet<(Guid, Guid)>();
        Assert.Equal(ConflictSource.OwnEntry, ConflictRules.Detect(new(juror, null, null), new(entry, null, null, juror), none));
        Assert.Equal(ConflictSource.OwnEntry,
            ConflictRules.Detect(new(juror, organisation, null), new(entry, organisation, null, juror), new HashSet<(Guid, Guid)> { (juror, entry) }));
        Assert.Null(ConflictRules.Detect(new(juror, null, null), new(entry, null, null, Guid.NewGuid()), none));
    }

    [Theory]
    [InlineData(true, false, false, false)]
    [InlineData(true, false, true, true)]
    [InlineData(true, true, false, true)]
    [InlineData(false, false, false, true)]
    public void CanSeeOthers_BlindUntilSubmitted(bool blind, bool chair, bool submitted, bool expected) =>
        Assert.Equal(expected, ScoreVisibility.CanSeeOthers(blind, chair, submitted));

    [Fact]
    public void PhaseAt_FollowsTheDates()
    {
        Assert.Equal(ContestPhase.Preparation, Schedule.PhaseAt(Now.AddDays(-11)));
        Assert.Equal(ContestPhase.Registration, Schedule.PhaseAt(Now));
        Assert.Equal(ContestPhase.ExpertReview, Schedule.PhaseAt(Now.AddDays(10)));
        Assert.Equal(ContestPhase.JuryScoring, Schedule.PhaseAt(Now.AddDays(25)));
        Assert.Equal(ContestPhase.PublicEvaluation, Schedule.PhaseAt(Now.AddDays(35)));
        Assert.Equal(ContestPhase.Results, Schedule.PhaseAt(Now.AddDays(400)));
        Assert.False((Schedule with { JuryScoringStartsAt = Now.AddDays(5) }).IsOrdered);
    }

    [Fact]
    public void ApplySchedule_HandMoveHoldsUntilTheNextDate()
    {
        var nomination = Nomination.Create(Guid.NewGuid(), "N", "", 1, Schedule, Now).Value;
        Assert.Equal(ContestPhase.Registration, nomination.Phase);

        nomination.MoveTo(ContestPhase.ExpertReview, Now);
        Assert.False(nomination.ApplySchedule(Now.AddDays(1)));
        Assert.Equal(ContestPhase.ExpertReview, nomination.Phase);

        Assert.True(nomination.ApplySchedule(Now.AddDays(21)));
        Assert.Equal(ContestPhase.JuryScoring, nomination.Phase);
        Assert.False(nomination.ApplySchedule(Now.AddDays(21)));
    }

    [Fact]
    public void PhaseRules_WhatEachPhaseAllows()
    {
        Assert.True(PhaseRules.IsRegistrationOpen(ContestPhase.Registration, Schedule, Now));
        Assert.False(PhaseRules.IsRegistrationOpen(ContestPhase.Registration, Schedule, Schedule.RegistrationDeadline));
        Assert.True(PhaseRules.IsScoringOpen(ContestPhase.JuryScoring, locked: false));
        Assert.False(PhaseRules.IsScoringOpen(ContestPhase.JuryScoring, locked: true));
        Assert.False(PhaseRules.IsScoringOpen(ContestPhase.PublicEvaluation, locked: false));
        Assert.True(PhaseRules.IsVotingOpen(ContestPhase.PublicEvaluation));
        Assert.False(PhaseRules.IsVotingOpen(ContestPhase.Results));
    }

    [Fact]
    public void CanCast_EveryRefusal()
    {
        Assert.True(VoteRules.CanCast(ContestPhase.PublicEvaluation, true, true, false, false, 2, 3).IsSuccess);
        Assert.Equal(ContestErrors.VotingClosed, VoteRules.CanCast(ContestPhase.Results, true, true, false, false, 0, 3).Error);
        Assert.Equal(ContestErrors.EmailNotConfirmed, VoteRules.CanCast(ContestPhase.PublicEvaluation, false, true, false, false, 0, 3).Error);
        Assert.Equal(ContestErrors.EntryNotEligible, VoteRules.CanCast(ContestPhase.PublicEvaluation, true, false, false, false, 0, 3).Error);
        Assert.Equal(ContestErrors.AlreadyVoted, VoteRules.CanCast(ContestPhase.PublicEvaluation, true, true, false, true, 1, 3).Error);
        Assert.Equal(ContestErrors.VoteLimitReached, VoteRules.CanCast(ContestPhase.PublicEvaluation, true, true, false, false, 3, 3).Error);
        Assert.Equal(ContestErrors.OwnEntry, VoteRules.CanCast(ContestPhase.PublicEvaluation, true, true, true, false, 0, 3).Error);
        Assert.Equal(ContestErrors.VotingClosed, VoteRules.CanWithdraw(ContestPhase.Results, true).Error);
        Assert.Equal(ContestErrors.NotVoted, VoteRules.CanWithdraw(ContestPhase.PublicEvaluation, false).Error);
    }

    [Fact]
    public void Submit_AfterDeadlineOrIncomplete_Refused()
    {
        var form = new EntryForm(Guid.NewGuid(), "Практика", Guid.NewGuid(), "Опис", "Результати", "Витрати", "Як повторити", "mail@x.ua");
        var entry = Entry.Draft(Guid.NewGuid(), null, form, Now).Value;
        Assert.Equal(ContestErrors.RegistrationClosed, entry.Submit(Schedule, ContestPhase.Registration, Schedule.RegistrationDeadline).Error);
        var incomplete = Entry.Draft(Guid.NewGuid(), null, form with { Costs = " " }, Now).Value;
        Assert.Equal("Costs", incomplete.Submit(Schedule, ContestPhase.Registration, Now).Error!.Field);
        Assert.True(entry.Submit(Schedule, ContestPhase.Registration, Now).IsSuccess);
        Assert.Equal(ContestErrors.ReasonRequired, entry.Screen(false, " ", Now).Error);
    }

    [Fact]
    public void Find_BurstFromOneNetworkAndFreshAccounts()
    {
        var old = Now.AddYears(-1);
        var votes = Enumerable.Range(0, 6).Select(i => new VoteFact(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now.AddSeconds(i * 10), $"203.0.113.{i + 1}", old)).ToList();
        votes.Add(new VoteFact(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, "198.51.100.1", Now.AddMinutes(-3)));
        var anomalies = VoteAnomalies.Find(votes, TimeSpan.FromMinutes(5), 5, TimeSpan.FromMinutes(30));
        var burst = Assert.Single(anomalies, a => a.Kind == AnomalyKind.NetworkBurst);
        Assert.Equal("203.0.113.0/24", burst.Key);
        Assert.Equal(6, burst.Votes);
        Assert.Equal(1, Assert.Single(anomalies, a => a.Kind == AnomalyKind.FreshAccounts).Votes);
    }

    [Fact]
    public void Validate_AttachmentLimits()
    {
        Assert.True(AttachmentRules.Validate("звіт.pdf", 1000, 0).IsSuccess);
        Assert.Equal(ContestErrors.AttachmentType, AttachmentRules.Validate("run.exe", 1000, 0).Error);
        Assert.Equal(ContestErrors.AttachmentTooLarge, AttachmentRules.Validate("a.pdf", AttachmentRules.MaxBytes + 1, 0).Error);
        Assert.Equal(ContestErrors.TooManyAttachments, AttachmentRules.Validate("a.pdf", 10, AttachmentRules.MaxPerEntry).Error);
    }

    [Fact]
    public void Validate_UnderTheNominationsLimit_RefusesPastItAndAllWhenNone()
    {
        Assert.True(AttachmentRules.Validate("a.pdf", 10, 0, allowed: 1).IsSuccess);
        Assert.Equal(ContestErrors.TooManyAttachments, AttachmentRules.Validate("a.pdf", 10, 1, allowed: 1).Error);
        Assert.Equal(ContestErrors.AttachmentsNotAllowed, AttachmentRules.Validate("a.pdf", 10, 0, allowed: 0).Error);
    }

    [Fact]
    public void AllowAttachments_TakesZeroToTheGlobalMaximum()
    {
        var nomination = Nomination.Create(Guid.NewGuid(), "N", "", 1, Schedule, Now).Value;
        Assert.Equal(AttachmentRules.MaxPerEntry, nomination.MaxAttachments);

        Assert.True(nomination.AllowAttachments(0).IsSuccess);
        Assert.Equal(0, nomination.MaxAttachments);
        Assert.False(nomination.AllowAttachments(AttachmentRules.MaxPerEntry + 1).IsSuccess);
        Assert.False(nomination.AllowAttachments(-1).IsSuccess);
        Assert.Equal(0, nomination.MaxAttachments);
    }
}
