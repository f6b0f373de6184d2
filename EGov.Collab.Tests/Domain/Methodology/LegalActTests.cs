using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.Tests.Domain.Methodology;

public sealed class LegalActTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static LegalActCard Card(DateOnly? effective = null, DateOnly? lost = null) =>
        new("852-15", "Про електронний цифровий підпис", LegalActType.Law, "852-IV", new DateOnly(2003, 5, 22), "Верховна Рада України", effective, lost);

    [Fact]
    public void StatusOn_FollowsTheDates_NotYetInForce_InForce_LostForce()
    {
        var act = LegalAct.Create(Card(effective: new DateOnly(2004, 1, 1), lost: new DateOnly(2018, 11, 7)), Now).Value;

        Assert.Equal(LegalActStatus.NotYetInForce, act.StatusOn(new DateOnly(2003, 12, 31)));
        Assert.Equal(LegalActStatus.InForce, act.StatusOn(new DateOnly(2004, 1, 1)));
        Assert.Equal(LegalActStatus.InForce, act.StatusOn(new DateOnly(2018, 11, 6)));
        Assert.Equal(LegalActStatus.LostForce, act.StatusOn(new DateOnly(2018, 11, 7)));
    }

    [Fact]
    public void StatusOn_WithoutAnEntryIntoForceDate_CountsFromAdoption()
    {
        var act = LegalAct.Create(Card(), Now).Value;

        Assert.Equal(LegalActStatus.NotYetInForce, act.StatusOn(new DateOnly(2003, 5, 21)));
        Assert.Equal(LegalActStatus.InForce, act.StatusOn(new DateOnly(2003, 5, 22)));
    }

    [Fact]
    public void EndForce_ChangesTheStatusFromThatDay_AndIsRefusedBeforeAdoption()
    {
        var act = LegalAct.Create(Card(), Now).Value;

        Assert.Equal(MethodologyErrors.LostForceBeforeAct, act.EndForce(new DateOnly(2001, 1, 1), Now).Error);
        Assert.Null(act.LostForceOn);
        Assert.True(act.EndForce(new DateOnly(2018, 11, 7), Now).IsSuccess);
        Assert.Equal(LegalActStatus.LostForce, act.StatusOn(new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData("", "identifier")]
    [InlineData(" ", "identifier")]
    public void Create_WithoutAnIdentifier_NamesTheField(string identifier, string field)
    {
        var result = LegalAct.Create(Card() with { Identifier = identifier }, Now);

        Assert.Equal(CommonErrors.Required(field), result.Error);
    }

    [Fact]
    public void Create_RefusesDatesBeforeAdoption_AndNonHttpLinks()
    {
        Assert.Equal(MethodologyErrors.EffectiveBeforeAct, LegalAct.Create(Card(effective: new DateOnly(2003, 5, 1)), Now).Error);
        Assert.Equal(MethodologyErrors.LostForceBeforeAct, LegalAct.Create(Card(lost: new DateOnly(2000, 1, 1)), Now).Error);
        Assert.Equal(MethodologyErrors.InvalidUrl, LegalAct.Create(Card() with { OfficialUrl = "javascript:alert(1)" }, Now).Error);
    }

    [Fact]
    public void Apply_WhenRefused_LeavesTheCardAsItWas()
    {
        var act = LegalAct.Create(Card(), Now).Value;

        var result = act.Apply(Card() with { Title = "Нова назва", Number = "" }, Now);

        Assert.Equal(CommonErrors.Required("number"), result.Error);
        Assert.Equal("Про електронний цифровий підпис", act.Title);
    }

    [Fact]
    public void Edition_DatedBeforeTheAct_IsRefused_AndNeedsTextLinkOrPdf()
    {
        var act = LegalAct.Create(Card(), Now).Value;

        Assert.Equal(MethodologyErrors.EditionBeforeAct, ActEdition.Create(act, new DateOnly(2003, 5, 21), "текст", null, null, null, Now).Error);
        Assert.Equal(MethodologyErrors.EditionNeedsSource, ActEdition.Create(act, new DateOnly(2004, 1, 1), " ", null, null, null, Now).Error);
        Assert.True(ActEdition.Create(act, new DateOnly(2003, 5, 22), null, "https://zakon.rada.gov.ua/laws/show/852-15", null, null, Now).IsSuccess);
    }

    [Fact]
    public void Citation_IsFlaggedOnce_WhenTheActStateMovesOn_AndClearedWhenAcknowledged()
    {
        var act = LegalAct.Create(Card(), Now).Value;
        var seen = ActState.Of(act, null, new DateOnly(2018, 1, 1));
        var citation = ActCitation.Create(CitingKind.Template, Guid.NewGuid(), act.Id, null, seen);
        act.EndForce(new DateOnly(2018, 11, 7), Now);
        var now = ActState.Of(act, null, new DateOnly(2026, 1, 1));

        Assert.False(citation.Check(seen, Now));
        Assert.True(citation.Check(now, Now));
        Assert.False(citation.Check(now, Now));
        Assert.True(citation.IsFlagged);
        citation.Acknowledge(now);
        Assert.False(citation.IsFlagged);
        Assert.False(citation.Check(now, Now));
    }

    [Fact]
    public void State_ChangesWithANewEdition()
    {
        var act = LegalAct.Create(Card(), Now).Value;
        var day = new DateOnly(2010, 1, 1);

        Assert.NotEqual(ActState.Of(act, null, day), ActState.Of(act, new DateOnly(2008, 1, 1), day));
    }
}
