using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;

namespace EGov.Collab.Tests.Domain.Contest;

/// <summary>Issue #19: every rule of writing a score in one aggregate, <see cref="ScoreSheet.Submit"/>.</summary>
public sealed class ScoreSheetTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly CriterionSpec Quality = new(Guid.NewGuid(), 60, 0, 10);
    private static readonly CriterionSpec Reach = new(Guid.NewGuid(), 40, 1, 5);
    private static readonly ScoringTerms Open = new(ContestPhase.JuryScoring, false, [Quality, Reach]);
    private readonly Guid _juror = Guid.NewGuid();

    private ScoreSheet Sheet() => ScoreSheet.Create(Guid.NewGuid(), _juror, Now);

    private SheetJuror Juror(ScoringTerms? terms = null, bool onPanel = true, ConflictSource? conflict = null, bool assigned = true) =>
        new(_juror, onPanel, conflict, terms ?? Open, assigned);

    private static SheetValues Values(double? quality, double? reach = null, string? comment = "", bool final = false)
    {
        var values = new Dictionary<Guid, double>();
        if (quality is { } q) values[Quality.Id] = q;
        if (reach is { } r) values[Reach.Id] = r;
        return new SheetValues(values, comment, final);
    }

    [Fact]
    public void Submit_EachRule_RefusesWithItsError_AndChangesNothing()
    {
        var cases = new (SheetJuror Juror, SheetValues Values, Error Error)[]
        {
            (Juror(onPanel: false), Values(5), ContestErrors.NotOnPanel),
            (new SheetJuror(Guid.NewGuid(), true, null, Open, true), Values(5), ContestErrors.NotOnPanel),
            (Juror(assigned: false), Values(5), ContestErrors.NotAssigned),
            (Juror(conflict: ConflictSource.SameCommunity), Values(5), ContestErrors.Conflicted),
            (Juror(conflict: ConflictSource.OwnEntry), Values(5), ContestErrors.OwnEntryJudged),
            (Juror(Open with { Locked = true }), Values(5), ContestErrors.ScoringLocked),
            (Juror(Open with { Phase = ContestPhase.PublicEvaluation }), Values(5), ContestErrors.ScoringClosed),
            (Juror(), Values(5, comment: new string('к', ScoreSheet.CommentMaxLength + 1)), CommonErrors.TooLong("Comment")),
            (Juror(), Values(11), ContestErrors.ScoreOutOfScale with { Field = Quality.Id.ToString() }),
            (Juror(), Values(5, 0), ContestErrors.ScoreOutOfScale with { Field = Reach.Id.ToString() }),
            (Juror(), new SheetValues(new Dictionary<Guid, double> { [Guid.NewGuid()] = 1 }, "", false), CommonErrors.Invalid("Score")),
            (Juror(), Values(5, final: true), ContestErrors.ScoreMissing),
        };
        foreach (var (juror, values, error) in cases)
        {
            var sheet = Sheet();
            Assert.Equal(error, sheet.Submit(juror, values, Now).Error);
            Assert.Empty(sheet.Values);
            Assert.False(sheet.IsSubmitted);
        }
    }

    [Fact]
    public void Submit_DraftThenFinal_RecordsChangesOnce_ThenRefusesEveryWrite()
    {
        var sheet = Sheet();
        var draft = sheet.Submit(Juror(), Values(7, comment: " Добре "), Now);
        Assert.True(draft.IsSuccess);
        Assert.True(Assert.Single(draft.Value).IsNew);
        Assert.Equal("Добре", sheet.Comment);

        var final = sheet.Submit(Juror(), Values(8, 3, final: true), Now.AddMinutes(1));
        Assert.True(final.IsSuccess);
        Assert.Contains(final.Value, c => c.CriterionId == Quality.Id && c.Before == 7 && c.After == 8 && !c.IsNew);
        Assert.Contains(final.Value, c => c.CriterionId == Reach.Id && c.IsNew);
        Assert.True(sheet.IsSubmitted);
        Assert.Equal(new Dictionary<Guid, double> { [Quality.Id] = 8, [Reach.Id] = 3 }, sheet.Values);

        Assert.Equal(ContestErrors.AlreadySubmitted, sheet.Submit(Juror(), Values(9), Now.AddMinutes(2)).Error);
        Assert.Equal(8, sheet.Values[Quality.Id]);
    }

    [Fact]
    public void Submit_TheSameValueAgain_IsNoChange()
    {
        var sheet = Sheet();
        sheet.Submit(Juror(), Values(7), Now);
        Assert.Empty(sheet.Submit(Juror(), Values(7), Now).Value);
    }
}
