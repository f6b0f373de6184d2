using EGov.Collab.Domain.Journal;

namespace EGov.Collab.Tests.Domain.Journal;

public sealed class IssueComposerTests
{
    private static readonly DateTimeOffset Since = new(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    private static NewsletterItem Item(string source, string url, int hoursAfterSince, string? language = "uk", Audiences audiences = Audiences.All) =>
        new(source, "Заголовок " + url, "Анонс", url, Since.AddHours(hoursAfterSince), language, audiences);

    [Fact]
    public void Compose_OnlyItemsInsideThePeriod_SinceExclusiveUntilInclusive()
    {
        var items = new[]
        {
            Item("journal", "/a", 0),
            Item("journal", "/b", 1),
            Item("journal", "/c", 7 * 24),
            Item("journal", "/d", 7 * 24 + 1),
        };

        var edition = IssueComposer.Compose(items, Since, Until, SubscriberAudience.Public, "uk");

        Assert.Equal(["/b", "/c"], edition.Sections.Single().Items.Select(i => i.Url).Order());
    }

    [Fact]
    public void Compose_ItemForAuthoritiesOnly_NotInTheMediaEdition()
    {
        var items = new[] { Item("journal", "/officials", 2, audiences: Audiences.Authorities), Item("journal", "/all", 3) };

        var forMedia = IssueComposer.Compose(items, Since, Until, SubscriberAudience.Media, "uk");
        var forAuthorities = IssueComposer.Compose(items, Since, Until, SubscriberAudience.Authorities, "uk");

        Assert.Equal(["/all"], forMedia.Sections.Single().Items.Select(i => i.Url));
        Assert.Equal(2, forAuthorities.ItemCount);
    }

    [Theory]
    [InlineData(Audiences.None, SubscriberAudience.Media, true)]
    [InlineData(Audiences.All, SubscriberAudience.Authorities, true)]
    [InlineData(Audiences.Media | Audiences.Public, SubscriberAudience.Authorities, false)]
    [InlineData(Audiences.Media | Audiences.Public, SubscriberAudience.Public, true)]
    public void Reaches_AudienceRule(Audiences target, SubscriberAudience audience, bool expected) =>
        Assert.Equal(expected, target.Reaches(audience));

    [Fact]
    public void Compose_EditionLanguageFirst_OtherLanguagesAfter()
    {
        var items = new[] { Item("journal", "/uk-new", 5, "uk"), Item("journal", "/en-old", 1, "en"), Item("journal", "/any", 3, null) };

        var english = IssueComposer.Compose(items, Since, Until, SubscriberAudience.Public, "en");

        Assert.Equal(["/any", "/en-old", "/uk-new"], english.Sections.Single().Items.Select(i => i.Url));
    }

    [Fact]
    public void Compose_SourcesInFixedOrder_SameUrlOnce_CappedPerSource()
    {
        var items = Enumerable.Range(1, IssueComposer.MaxItemsPerSource + 5).Select(n => Item("library", $"/lib/{n}", n))
            .Append(Item("drafting", "/draft", 1))
            .Append(Item("journal", "/article", 2))
            .Append(Item("journal", "/article", 3))
            .ToList();

        var edition = IssueComposer.Compose(items, Since, Until, SubscriberAudience.Public, "uk");

        Assert.Equal(["journal", "drafting", "library"], edition.Sections.Select(s => s.Source));
        Assert.Single(edition.Sections[0].Items);
        Assert.Equal(IssueComposer.MaxItemsPerSource, edition.Sections[2].Items.Count);
        Assert.Equal($"/lib/{IssueComposer.MaxItemsPerSource + 5}", edition.Sections[2].Items[0].Url);
    }

    [Fact]
    public void ComposeAll_NothingNew_NoEditions()
    {
        var old = new[] { Item("journal", "/old", -5) };

        Assert.Empty(IssueComposer.ComposeAll(old, Since, Until));
    }

    [Fact]
    public void ComposeAll_ItemForOneAudience_EditionsOnlyForThatAudienceInBothLanguages()
    {
        var items = new[] { Item("journal", "/press", 1, audiences: Audiences.Media) };

        var editions = IssueComposer.ComposeAll(items, Since, Until);

        Assert.Equal(2, editions.Count);
        Assert.All(editions, e => Assert.Equal(SubscriberAudience.Media, e.Audience));
        Assert.Equal(["en", "uk"], editions.Select(e => e.Language).Order());
    }

    [Fact]
    public void NewsletterIssue_EditionContent_RoundTripsThroughStorage()
    {
        var editions = IssueComposer.ComposeAll([Item("journal", "/ї", 1)], Since, Until);

        var issue = NewsletterIssue.Create(7, Since, Until, editions, Until);

        var stored = issue.Editions.First(e => e.Audience == SubscriberAudience.Public && e.Language == "uk").Content;
        Assert.Equal("Заголовок /ї", stored.Sections.Single().Items.Single().Title);
        Assert.Equal(6, issue.Editions.Count);
    }

    [Fact]
    public void MessageId_SameIssueAndSubscriber_Same()
    {
        var subscriber = Guid.CreateVersion7();

        Assert.Equal(NewsletterIssue.MessageId(3, subscriber), NewsletterIssue.MessageId(3, subscriber));
        Assert.NotEqual(NewsletterIssue.MessageId(3, subscriber), NewsletterIssue.MessageId(4, subscriber));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 25)]
    public void DeliveryRetry_BacksOff(int failures, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), DeliveryRetry.Delay(failures));
        Assert.True(DeliveryRetry.ShouldRetry(failures));
        Assert.False(DeliveryRetry.ShouldRetry(DeliveryRetry.MaxAttempts));
    }
}
