using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.Tests.Domain.ExpertClub;

public sealed class ConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Anna = Guid.CreateVersion7();
    private static readonly Guid Borys = Guid.CreateVersion7();

    [Fact]
    public void Start_WithYourself_Refused() => Assert.Equal(ClubErrors.WriteToYourself, Conversation.Start(Anna, Anna, Now).Error);

    [Fact]
    public void Start_EitherWriterFirst_SamePairKey()
    {
        var fromAnna = Conversation.Start(Anna, Borys, Now).Value;
        var fromBorys = Conversation.Start(Borys, Anna, Now).Value;

        Assert.Equal((fromAnna.FirstMemberId, fromAnna.SecondMemberId), (fromBorys.FirstMemberId, fromBorys.SecondMemberId));
        Assert.True(fromAnna.FirstMemberId.CompareTo(fromAnna.SecondMemberId) < 0);
        Assert.Equal(Borys, fromAnna.OtherThan(Anna));
    }

    [Fact]
    public void Write_ByAThirdMember_Forbidden() =>
        Assert.Equal(CommonErrors.Forbidden, Conversation.Start(Anna, Borys, Now).Value.Write(Guid.CreateVersion7(), "Привіт", Now).Error);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Write_Blank_Required(string text) =>
        Assert.Equal("Validation.Required", Conversation.Start(Anna, Borys, Now).Value.Write(Anna, text, Now).Error?.Code);

    [Fact]
    public void Write_UnreadForTheOtherOnly_UntilTheyRead()
    {
        var conversation = Conversation.Start(Anna, Borys, Now).Value;

        var message = conversation.Write(Anna, "  Привіт, Борисе  ", Now.AddMinutes(1)).Value;

        Assert.Equal("Привіт, Борисе", message.Text);
        Assert.False(conversation.IsUnreadFor(Anna));
        Assert.True(conversation.IsUnreadFor(Borys));
        conversation.MarkRead(Borys, Now.AddMinutes(2));
        Assert.False(conversation.IsUnreadFor(Borys));
        conversation.Write(Anna, "Ще одне", Now.AddMinutes(3));
        Assert.True(conversation.IsUnreadFor(Borys));
    }
}
