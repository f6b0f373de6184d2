using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class AmendmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 20, 0, 0, TimeSpan.Zero);
    private readonly Guid _author = Guid.NewGuid();
    private readonly DraftDocument _text = DraftTemplates.Of(
        (ProvisionKind.Article, "Сфера дії"),
        (ProvisionKind.Part, "Закон діє для органів влади."));

    private Amendment Propose(AmendmentKind kind, string? text = "Закон діє для органів влади і комунальних підприємств.") =>
        Amendment.Propose(Guid.NewGuid(), _author, kind, _text.Provisions[1], text, null, "Бо так краще.", 3, false, Now).Value;

    [Fact]
    public void Propose_NeedsARationale_AndTextUnlessDeleting()
    {
        var target = _text.Provisions[1];
        Assert.Equal(DraftingErrors.RationaleRequired, Amendment.Propose(Guid.NewGuid(), _author, AmendmentKind.Replace, target, "x", null, " ", 0, false, Now).Error);
        Assert.Equal(DraftingErrors.TextRequired, Amendment.Propose(Guid.NewGuid(), _author, AmendmentKind.InsertAfter, target, "", null, "чому", 0, false, Now).Error);
        Assert.True(Amendment.Propose(Guid.NewGuid(), _author, AmendmentKind.Delete, target, null, null, "чому", 0, false, Now).IsSuccess);
    }

    [Fact]
    public void Respond_OneVotePerMember_CommentsAddUp_AuthorCannotVote()
    {
        var amendment = Propose(AmendmentKind.Replace);
        var member = Guid.NewGuid();

        amendment.Respond(member, Stance.Support, null, Now);
        amendment.Respond(Guid.NewGuid(), Stance.Support, null, Now);
        amendment.Respond(member, Stance.Oppose, "передумав", Now);
        amendment.Respond(member, Stance.Comment, "і ще", Now);

        Assert.Equal((1, 1), (amendment.Support, amendment.Oppose));
        Assert.Equal(DraftingErrors.OwnAmendment, amendment.Respond(_author, Stance.Support, null, Now).Error);
        Assert.Equal(DraftingErrors.TextRequired, amendment.Respond(member, Stance.Comment, "", Now).Error);
    }

    [Fact]
    public void Decide_Once_RejectNeedsAReason()
    {
        var amendment = Propose(AmendmentKind.Replace);
        var chair = Guid.NewGuid();

        Assert.Equal(DraftingErrors.ReasonRequired, amendment.Reject(chair, "", Now).Error);
        Assert.True(amendment.Accept(chair, Now).IsSuccess);
        amendment.RecordApplied(7);
        Assert.Equal(AmendmentStatus.Accepted, amendment.Status);
        Assert.Equal(7, amendment.AppliedRevision);
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, amendment.Accept(chair, Now).Error);
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, amendment.Reject(chair, "ні", Now).Error);
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, amendment.Withdraw(_author, Now).Error);
        Assert.Equal(DraftingErrors.AmendmentClosed, amendment.Respond(Guid.NewGuid(), Stance.Support, null, Now).Error);
    }

    [Fact]
    public void Withdraw_ByItsAuthorOnly_ThenNobodyDecidesIt()
    {
        var amendment = Propose(AmendmentKind.Replace);

        Assert.Equal(DraftingErrors.NotAuthor, amendment.Withdraw(Guid.NewGuid(), Now).Error);
        Assert.True(amendment.Withdraw(_author, Now).IsSuccess);

        Assert.Equal(AmendmentStatus.Withdrawn, amendment.Status);
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, amendment.Withdraw(_author, Now).Error);
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, amendment.Accept(Guid.NewGuid(), Now).Error);
    }

    [Fact]
    public void UndoAcceptance_OfAnAcceptanceThatCouldNotBeApplied_OpensItAgain()
    {
        var amendment = Propose(AmendmentKind.Replace);
        var chair = Guid.NewGuid();
        amendment.Accept(chair, Now);

        amendment.UndoAcceptance();

        Assert.Equal(AmendmentStatus.Open, amendment.Status);
        Assert.Null(amendment.DecidedBy);
        Assert.True(amendment.Accept(chair, Now).IsSuccess);
        amendment.RecordApplied(3);
        Assert.Throws<InvalidOperationException>(amendment.UndoAcceptance);
    }

    [Fact]
    public void ToOperations_CarriesOutEachKind()
    {
        var target = _text.Provisions[1];

        var replace = Propose(AmendmentKind.Replace).ToOperations(_text).Value;
        Assert.Equal([new DeleteText(target.Id, 0, target.Text), new InsertText(target.Id, 0, "Закон діє для органів влади і комунальних підприємств.")], replace);

        var insert = Assert.IsType<AddProvision>(Assert.Single(Propose(AmendmentKind.InsertAfter, "Нова частина.").ToOperations(_text).Value));
        Assert.Equal((2, ProvisionKind.Part, "Нова частина."), (insert.Index, insert.Provision.Kind, insert.Provision.Text));

        Assert.Equal([new DeleteProvision(1, target)], Propose(AmendmentKind.Delete, null).ToOperations(_text).Value);
    }

    [Fact]
    public void ToOperations_WhenTheProvisionIsGone_IsRefused()
    {
        var amendment = Propose(AmendmentKind.Replace);
        var without = new DraftDocument(_text.Provisions.RemoveAt(1));
        Assert.Equal(DraftingErrors.ProvisionGone, amendment.ToOperations(without).Error);
    }

    [Fact]
    public void ToOperations_AppliedByTheEngine_GivesTheProposedText()
    {
        var applied = DraftOperations.Apply(_text, Propose(AmendmentKind.Replace).ToOperations(_text).Value);
        Assert.Equal("Закон діє для органів влади і комунальних підприємств.", applied.Value.Provisions[1].Text);
    }
}
