using EGov.Collab.App.Drafting;
using EGov.Collab.App.Journal;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>The newsletter hears from every module that publishes something, and drafting's consultations reach both editions.</summary>
[Collection(SharedPortal.Name)]
public sealed class NewsletterSourcesTests(PortalFactory portal)
{
    [Fact]
    public void EveryPublishingModule_RegistersASource()
    {
        using var scope = portal.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<INewsletterSource>().Select(s => s.GetType().Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["CitiesNewsletterSource", "ContestNewsletterSource", "DraftingNewsletterSource", "JournalNewsletterSource", "LearningNewsletterSource",
             "LibraryNewsletterSource", "MethodologyNewsletterSource", "PracticesNewsletterSource", "ProjectsNewsletterSource"],
            sources);
    }

    [Fact]
    public async Task DemoConsultation_IsInTheNextIssue_InBothLanguages_AndNotInALaterOne()
    {
        using var scope = portal.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<INewsletterSource>().OfType<DraftingNewsletterSource>().Single();
        var now = DateTimeOffset.UtcNow;

        // Other tests in the shared portal may open consultations too: look at the demo's own.
        var items = (await source.PublishedAsync(now.AddDays(-7), now, CancellationToken.None))
            .Where(i => i.Title == DraftingDemoData.ProgrammeTitle).ToList();
        var later = (await source.PublishedAsync(now, now.AddDays(7), CancellationToken.None))
            .Where(i => i.Title == DraftingDemoData.ProgrammeTitle).ToList();

        var uk = Assert.Single(items, i => i.Language == "uk");
        var en = Assert.Single(items, i => i.Language == "en");
        Assert.Equal(uk.Url, en.Url);
        Assert.StartsWith("/drafting/drafts/", uk.Url, StringComparison.Ordinal);
        Assert.Contains("обговорення", uk.Summary, StringComparison.Ordinal);
        Assert.Contains("consultation", en.Summary, StringComparison.Ordinal);
        Assert.Empty(later);
    }
}
