using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;

namespace EGov.Collab.Tests.Domain.Journal;

public sealed class NewsletterSegmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static NewsletterSegment Segment(SubscriberAudience[]? audiences = null, string[]? languages = null, string[]? regions = null) =>
        NewsletterSegment.Create(audiences, languages, regions).Value;

    [Fact]
    public void Everyone_MatchesAnySubscriber_WithOrWithoutRegion()
    {
        Assert.True(NewsletterSegment.Everyone.IsEveryone);
        Assert.True(Segment().IsEveryone);
        Assert.True(NewsletterSegment.Everyone.Matches(SubscriberAudience.Media, "en", null));
        Assert.True(NewsletterSegment.Everyone.Matches(SubscriberAudience.Public, "uk", Regions.Lviv.Code));
    }

    [Fact]
    public void Matches_EveryChosenDimension_MustAgree()
    {
        var segment = Segment([SubscriberAudience.Media, SubscriberAudience.Authorities], ["uk"], [Regions.Lviv.Code]);

        Assert.True(segment.Matches(SubscriberAudience.Media, "uk", Regions.Lviv.Code));
        Assert.True(segment.Matches(SubscriberAudience.Authorities, "uk", Regions.Lviv.Code));
        Assert.False(segment.Matches(SubscriberAudience.Public, "uk", Regions.Lviv.Code));
        Assert.False(segment.Matches(SubscriberAudience.Media, "en", Regions.Lviv.Code));
        Assert.False(segment.Matches(SubscriberAudience.Media, "uk", Regions.Kyiv.Code));
    }

    [Fact]
    public void RegionFilter_LeavesOutSubscribersWhoGaveNoRegion()
    {
        var segment = Segment(regions: [Regions.Kyiv.Code]);

        Assert.False(segment.Matches(SubscriberAudience.Public, "uk", null));
        Assert.True(Segment(languages: ["en"]).Matches(SubscriberAudience.Public, "en", null));
    }

    [Fact]
    public void Matches_Subscriber_UsesTheirAudienceLanguageAndRegion()
    {
        var subscriber = Subscriber.Create("press@media.ua", SubscriberAudience.Media, "en", null, Now, Regions.Lviv.Code).Value;

        Assert.True(Segment([SubscriberAudience.Media], ["en"], [Regions.Lviv.Code]).Matches(subscriber));
        Assert.False(Segment([SubscriberAudience.Public]).Matches(subscriber));
    }

    [Theory]
    [InlineData("de", null)]
    [InlineData(null, "UA99999999999999999")]
    public void Create_UnknownLanguageOrRegion_Refused(string? language, string? region) =>
        Assert.Equal(JournalErrors.SegmentInvalid, NewsletterSegment.Create(null, language is null ? null : [language], region is null ? null : [region]).Error);

    [Fact]
    public void Create_UndefinedAudience_Refused() =>
        Assert.Equal(JournalErrors.SegmentInvalid, NewsletterSegment.Create([(SubscriberAudience)42], null, null).Error);

    [Fact]
    public void Stored_RoundTrips_Canonically_AndEveryoneStoresAsNull()
    {
        var segment = Segment([SubscriberAudience.Public, SubscriberAudience.Media, SubscriberAudience.Public], ["en", "uk"], [Regions.Lviv.Code, Regions.Kyiv.Code, Regions.Lviv.Code]);
        var stored = segment.ToStored();
        var read = NewsletterSegment.FromStored(stored);

        Assert.Equal([SubscriberAudience.Media, SubscriberAudience.Public], read.Audiences);
        Assert.Equal(["uk", "en"], read.Languages);
        Assert.Equal(2, read.RegionCodes.Count);
        Assert.Equal(stored, read.ToStored());
        Assert.True(stored!.Length <= NewsletterSegment.StoredMaxLength);
        Assert.Null(NewsletterSegment.Everyone.ToStored());
        Assert.True(NewsletterSegment.FromStored(null).IsEveryone);
        Assert.True(NewsletterSegment.FromStored("garbage;;=").IsEveryone);
    }

    [Fact]
    public void StoredMaxLength_HoldsEveryChoiceAtOnce()
    {
        var all = Segment([.. AudienceRules.All], [.. NewsletterLanguages.All], [.. Regions.All.Select(r => r.Code)]);

        Assert.True(all.ToStored()!.Length <= NewsletterSegment.StoredMaxLength);
    }

    [Fact]
    public void Approve_KeepsTheSegmentWithTheIssue()
    {
        var item = new NewsletterItem("journal", "Стаття", "", "/journal/articles/1", Now.AddHours(-1));
        var issue = NewsletterIssue.Create(1, Now.AddDays(-7), Now, [new EditionContent(SubscriberAudience.Public, "uk", [new NewsletterSection("journal", [item])])], Now);
        var segment = Segment(regions: [Regions.Lviv.Code]);

        Assert.True(issue.Approve(null, Now, segment).IsSuccess);
        Assert.Equal([Regions.Lviv.Code], issue.Segment.RegionCodes);
    }
}

public sealed class SubscriberConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_WithoutConsent_CountsNothing_AndRegionIsOptional()
    {
        var subscriber = Subscriber.Create("reader@test.ua", SubscriberAudience.Public, "uk", null, Now).Value;

        Assert.False(subscriber.TrackingConsent);
        Assert.Null(subscriber.TrackingConsentChangedAt);
        Assert.Null(subscriber.RegionCode);
    }

    [Fact]
    public void Create_WithConsentAndRegion_KeepsBoth()
    {
        var subscriber = Subscriber.Create("reader@test.ua", SubscriberAudience.Public, "uk", null, Now, " " + Regions.Lviv.Code + " ", trackingConsent: true).Value;

        Assert.True(subscriber.TrackingConsent);
        Assert.Equal(Now, subscriber.TrackingConsentChangedAt);
        Assert.Equal(Regions.Lviv.Code, subscriber.RegionCode);
    }

    [Fact]
    public void Create_UnknownRegion_Refused() =>
        Assert.Equal(JournalErrors.RegionInvalid, Subscriber.Create("reader@test.ua", SubscriberAudience.Public, "uk", null, Now, "Lviv").Error);

    [Fact]
    public void ChangeTrackingConsent_GivenThenWithdrawn_RecordsWhenItChanged()
    {
        var subscriber = Subscriber.Create("reader@test.ua", SubscriberAudience.Public, "uk", null, Now).Value;

        subscriber.ChangeTrackingConsent(true, Now.AddDays(1));
        subscriber.ChangeTrackingConsent(true, Now.AddDays(2));
        Assert.True(subscriber.TrackingConsent);
        Assert.Equal(Now.AddDays(1), subscriber.TrackingConsentChangedAt);

        subscriber.ChangeTrackingConsent(false, Now.AddDays(3));
        Assert.False(subscriber.TrackingConsent);
        Assert.Equal(Now.AddDays(3), subscriber.TrackingConsentChangedAt);
    }

    [Fact]
    public void ChangeRegion_EmptyClears_UnknownRefusedAndKept()
    {
        var subscriber = Subscriber.Create("reader@test.ua", SubscriberAudience.Public, "uk", null, Now, Regions.Kyiv.Code).Value;

        Assert.Equal(JournalErrors.RegionInvalid, subscriber.ChangeRegion("UA00").Error);
        Assert.Equal(Regions.Kyiv.Code, subscriber.RegionCode);
        Assert.True(subscriber.ChangeRegion("").IsSuccess);
        Assert.Null(subscriber.RegionCode);
    }

    [Fact]
    public void Resubscribe_TakesTheNewAnswers()
    {
        var subscriber = Subscriber.Create("reader@test.ua", SubscriberAudience.Public, "uk", null, Now, Regions.Kyiv.Code, trackingConsent: true).Value;
        subscriber.Confirm(Now);
        subscriber.Unsubscribe(Now);

        Assert.True(subscriber.Resubscribe(SubscriberAudience.Media, "en", Now.AddDays(1), Regions.Lviv.Code, trackingConsent: false).IsSuccess);
        Assert.Equal(Regions.Lviv.Code, subscriber.RegionCode);
        Assert.False(subscriber.TrackingConsent);
    }
}

public sealed class NewsletterStatisticsTests
{
    [Fact]
    public void Rates_AreAmongTrackedRecipients_NotEveryoneSent()
    {
        var figures = new NewsletterStatistics(Sent: 10, Failed: 1, Pending: 0, Tracked: 4, UniqueOpens: 3, Opens: 7, UniqueClicks: 1, Clicks: 2);

        Assert.Equal(0.75, figures.OpenRate);
        Assert.Equal(0.25, figures.ClickRate);
    }

    [Fact]
    public void Rates_WithNobodyTracked_AreUnknownRatherThanZero()
    {
        var figures = new NewsletterStatistics(5, 0, 0, 0, 0, 0, 0, 0);

        Assert.Null(figures.OpenRate);
        Assert.Null(figures.ClickRate);
    }

    [Fact]
    public void Add_SumsEditionsIntoTheIssue()
    {
        var a = new NewsletterStatistics(3, 1, 0, 2, 1, 4, 1, 1);
        var b = new NewsletterStatistics(5, 0, 2, 2, 2, 2, 0, 0);

        var total = a + b;

        Assert.Equal(new NewsletterStatistics(8, 1, 2, 4, 3, 6, 1, 1), total);
        Assert.Equal(0.75, total.OpenRate);
    }
}
