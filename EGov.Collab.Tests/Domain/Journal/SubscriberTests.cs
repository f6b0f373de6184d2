using EGov.Collab.Domain.Journal;

namespace EGov.Collab.Tests.Domain.Journal;

public sealed class SubscriberTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("Name <a@b.ua>")]
    [InlineData("")]
    [InlineData(null)]
    public void Create_NotAnEmail_Refused(string? email) =>
        Assert.Equal(JournalErrors.EmailInvalid, Subscriber.Create(email, SubscriberAudience.Public, "uk", null, Now).Error);

    [Fact]
    public void Create_NormalisesEmail_PendingUntilConfirmed()
    {
        var subscriber = Subscriber.Create("  Press@Media.UA ", SubscriberAudience.Media, "en", null, Now).Value;

        Assert.Equal("press@media.ua", subscriber.Email);
        Assert.False(subscriber.ReceivesIssues);
        Assert.True(subscriber.Confirm(Now).IsSuccess);
        Assert.True(subscriber.ReceivesIssues);
    }

    [Fact]
    public void Unsubscribed_ConfirmRefused_ResubscribeStartsOptInAgain()
    {
        var subscriber = Subscriber.Create("a@b.ua", SubscriberAudience.Public, "uk", null, Now).Value;
        subscriber.Confirm(Now);
        subscriber.Unsubscribe(Now);

        Assert.False(subscriber.ReceivesIssues);
        Assert.Equal(JournalErrors.LinkInvalid, subscriber.Confirm(Now).Error);
        Assert.True(subscriber.Resubscribe(SubscriberAudience.Authorities, "uk", Now).IsSuccess);
        Assert.Equal(SubscriberStatus.Pending, subscriber.Status);
        Assert.Equal(SubscriberAudience.Authorities, subscriber.Audience);
    }

    [Fact]
    public void Resubscribe_WhileSubscribed_AlreadySubscribed()
    {
        var subscriber = Subscriber.Create("a@b.ua", SubscriberAudience.Public, "uk", null, Now).Value;

        Assert.Equal(JournalErrors.AlreadySubscribed, subscriber.Resubscribe(SubscriberAudience.Public, "uk", Now).Error);
    }

    [Fact]
    public void ChangePreferences_UnknownLanguage_Refused()
    {
        var subscriber = Subscriber.Create("a@b.ua", SubscriberAudience.Public, "uk", null, Now).Value;

        Assert.Equal(JournalErrors.LanguageInvalid, subscriber.ChangePreferences(SubscriberAudience.Media, "de").Error);
    }
}
