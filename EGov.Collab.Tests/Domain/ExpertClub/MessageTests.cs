using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.Tests.Domain.ExpertClub;

public sealed class MessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.CreateVersion7();

    private static Message Posted(string text = "Привіт") => Message.Post(Guid.CreateVersion7(), 1, Author, null, text, Now).Value;

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData(null)]
    public void Post_Blank_Required(string? text) => Assert.Equal("Validation.Required", Message.Post(Guid.NewGuid(), 1, Author, null, text, Now).Error?.Code);

    [Fact]
    public void Post_Oversized_TooLong()
    {
        Assert.True(Message.Post(Guid.NewGuid(), 1, Author, null, new string('ї', Message.TextMaxLength), Now).IsSuccess);
        Assert.Equal("Validation.TooLong", Message.Post(Guid.NewGuid(), 1, Author, null, new string('ї', Message.TextMaxLength + 1), Now).Error?.Code);
    }

    [Fact]
    public void Edit_ByAuthor_MarkedEdited()
    {
        var message = Posted();

        Assert.True(message.Edit(Author, "Добрий день", Now.AddMinutes(1)).IsSuccess);
        Assert.Equal("Добрий день", message.Text);
        Assert.Equal(Now.AddMinutes(1), message.EditedAt);
    }

    [Fact]
    public void Edit_ByOther_Refused() => Assert.Equal(ClubErrors.NotYourMessage, Posted().Edit(Guid.NewGuid(), "x", Now).Error);

    [Fact]
    public void Delete_ByAuthor_TextGone()
    {
        var message = Posted();

        message.Delete(Author, Now);

        Assert.True(message.IsDeleted);
        Assert.Equal("", message.Text);
        Assert.Equal(ClubErrors.NotYourMessage, Posted().Delete(Guid.NewGuid(), Now).Error);
    }

    [Fact]
    public void Hide_NeedsReason_ThenAuthorCannotEdit()
    {
        var message = Posted();

        Assert.Equal("Validation.Required", message.Hide(Guid.NewGuid(), " ").Error?.Code);
        Assert.True(message.Hide(Guid.NewGuid(), "Образливо").IsSuccess);
        Assert.Equal(ClubErrors.MessageHidden, message.Edit(Author, "інакше", Now).Error);
    }

    [Fact]
    public void Topic_NextNumber_CountsUpAndRefusesWhenLocked()
    {
        var topic = Topic.Create(Guid.NewGuid(), "Тема", Author, Now).Value;

        Assert.Equal(1, topic.NextNumber(Now).Value);
        Assert.Equal(2, topic.NextNumber(Now).Value);
        topic.Lock(true);
        Assert.Equal(ClubErrors.TopicLocked, topic.NextNumber(Now).Error);
        Assert.Equal(2, topic.LastNumber);
        Assert.Equal(1, TopicRead.Unread(topic.LastNumber, 1));
        Assert.Equal(2, TopicRead.Unread(topic.LastNumber, null));
    }

    [Fact]
    public void Reaction_OnlyAllowedEmoji() =>
        Assert.Equal(ClubErrors.UnknownReaction, MessageReaction.Create(Guid.NewGuid(), Author, "<script>").Error);

    [Fact]
    public void ClubMember_ApplyApproveRemoveReapply()
    {
        var member = ClubMember.Apply(Author, "відкриті дані, кібербезпека; Відкриті дані", null, null, Now).Value;

        Assert.Equal(["відкриті дані", "кібербезпека"], member.ExpertiseAreas);
        Assert.True(member.Approve(Guid.NewGuid(), Now).IsSuccess);
        Assert.Equal(ClubErrors.NotPending, member.Decline(Guid.NewGuid(), null, Now).Error);
        Assert.Equal(ClubErrors.AlreadyApplied, member.Reapply("дані", null, null, Now).Error);
        Assert.True(member.Remove(Guid.NewGuid(), "неактивність", Now).IsSuccess);
        Assert.True(member.Reapply("дані", null, null, Now).IsSuccess);
        Assert.Equal(ClubMemberStatus.Pending, member.Status);
        Assert.Equal("Validation.Required", ClubMember.Apply(Author, " , ", null, null, Now).Error?.Code);
    }
}
