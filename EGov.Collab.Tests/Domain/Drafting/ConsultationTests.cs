using EGov.Collab.Domain.Drafting;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class ConsultationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 20, 0, 0, TimeSpan.Zero);

    private static Draft NewDraft() => Draft.Create(Guid.NewGuid(), DraftKind.Law, "Про е-урядування", Guid.NewGuid(), Now).Value;

    [Fact]
    public void Open_RunsUntilTheDeadline()
    {
        var draft = NewDraft();
        Assert.False(draft.IsConsultationOpen(Now));

        Assert.True(draft.OpenConsultation(5, Now.AddDays(10), Now).IsSuccess);

        Assert.True(draft.IsConsultationOpen(Now.AddDays(9)));
        Assert.False(draft.IsConsultationOpen(Now.AddDays(10)));
        Assert.Equal(5, draft.ConsultationRevision);
        Assert.Equal(DraftingErrors.ConsultationAlreadyOpen, draft.OpenConsultation(6, Now.AddDays(20), Now.AddDays(1)).Error);
    }

    [Fact]
    public void Open_WithADeadlineInThePast_IsRefused() =>
        Assert.Equal(DraftingErrors.DeadlineInPast, NewDraft().OpenConsultation(0, Now, Now).Error);

    [Fact]
    public void Close_Once_AtTheDeadlineOrEarly()
    {
        var draft = NewDraft();
        Assert.Equal(DraftingErrors.ConsultationNotOpen, draft.CloseConsultation(Now).Error);
        draft.OpenConsultation(0, Now.AddDays(1), Now);

        Assert.True(draft.CloseConsultation(Now.AddDays(3)).IsSuccess);

        Assert.Equal(Now.AddDays(1), draft.ConsultationClosedAt);
        Assert.Equal(DraftingErrors.ConsultationNotOpen, draft.CloseConsultation(Now.AddDays(4)).Error);
        Assert.True(draft.OpenConsultation(1, Now.AddDays(9), Now.AddDays(5)).IsSuccess);
        Assert.True(draft.IsConsultationOpen(Now.AddDays(6)));
    }

    [Fact]
    public void AmendmentDeadline_ClosesPublicAmendmentsBeforeTheConsultationEnds()
    {
        var draft = NewDraft();
        Assert.Equal(DraftingErrors.AmendmentDeadlineOutside, draft.OpenConsultation(0, Now.AddDays(10), Now, Now.AddDays(11)).Error);
        Assert.Equal(DraftingErrors.AmendmentDeadlineOutside, draft.OpenConsultation(0, Now.AddDays(10), Now, Now).Error);

        Assert.True(draft.OpenConsultation(0, Now.AddDays(10), Now, Now.AddDays(5)).IsSuccess);

        Assert.True(draft.AcceptsPublicAmendments(Now.AddDays(4)));
        Assert.False(draft.AcceptsPublicAmendments(Now.AddDays(5)));
        Assert.True(draft.IsConsultationOpen(Now.AddDays(6)));
    }

    [Fact]
    public void AmendmentDeadline_DefaultsToTheEndOfTheConsultation_AndTheReminderFallsDueADayBefore()
    {
        var draft = NewDraft();
        draft.OpenConsultation(0, Now.AddDays(10), Now);

        Assert.Equal(Now.AddDays(10), draft.AmendmentDeadline);
        Assert.False(draft.AmendmentReminderDue(Now.AddDays(8), TimeSpan.FromDays(1)));
        Assert.True(draft.AmendmentReminderDue(Now.AddDays(9).AddHours(1), TimeSpan.FromDays(1)));
        Assert.False(draft.AmendmentReminderDue(Now.AddDays(10), TimeSpan.FromDays(1)));
    }
}
