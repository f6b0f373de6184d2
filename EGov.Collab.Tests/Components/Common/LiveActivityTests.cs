using Bunit;
using EGov.Collab.App.Common.Activity;
using EGov.Collab.App.Common.Components;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Components.Common;

/// <summary>
/// Issue #23.17: the home page's live activity shows what modules publish as it happens (through the search index every
/// module refreshes right after saving), public items only, titles in the reader's language.
/// </summary>
public sealed class LiveActivityTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly JournalSource _source = new();

    [Fact]
    public async Task APublication_AppearsLive_APrivateItemNever()
    {
        await _database.SeedAsync(withDemoData: false);
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = CreateContext();
        var cut = ctx.Render<LiveActivity>();
        cut.WaitForAssertion(() => Assert.Equal("Поки що нічого не опубліковано.", cut.Find("[data-testid=live-activity] p").TextContent.Trim()));
        var indexer = ctx.Services.GetRequiredService<ISearchIndexer>();

        _source.Items["private"] = [Item("private", "uk", "Чернетка для редакції", SearchAudience.Members)];
        await indexer.RefreshAsync(ModuleKey.Journal, "private");
        _source.Items["a1"] = [Item("a1", "uk", "Стаття про відкриті дані", SearchAudience.Public)];
        await indexer.RefreshAsync(ModuleKey.Journal, "a1");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=activity-list] li")));
        var link = cut.Find("[data-testid=activity-list] li a");
        Assert.Equal("Стаття про відкриті дані", link.TextContent.Trim());
        Assert.Equal("/journal/articles/a1", link.GetAttribute("href"));
        Assert.DoesNotContain("Чернетка", cut.Markup, StringComparison.Ordinal);

        _source.Items["a2"] = [Item("a2", "uk", "Друга стаття", SearchAudience.Public)];
        await indexer.RefreshAsync(ModuleKey.Journal, "a2");

        cut.WaitForAssertion(() => Assert.Equal(["Друга стаття", "Стаття про відкриті дані"],
            cut.FindAll("[data-testid=activity-list] li a").Select(a => a.TextContent.Trim())));
    }

    [Fact]
    public async Task InEnglish_TheEnglishTitle_WhenThereIsOne()
    {
        await _database.SeedAsync(withDemoData: false);
        using var _ = TestCulture.Use("en-US");
        await using var ctx = CreateContext();
        _source.Items["b1"] = [Item("b1", "uk", "Громади онлайн", SearchAudience.Public), Item("b1", "en", "Communities online", SearchAudience.Public)];
        await ctx.Services.GetRequiredService<ISearchIndexer>().RefreshAsync(ModuleKey.Journal, "b1");

        var cut = ctx.Render<LiveActivity>();

        cut.WaitForAssertion(() => Assert.Equal("Communities online", cut.Find("[data-testid=activity-list] li a").TextContent.Trim()));
    }

    public void Dispose() => _database.Dispose();

    private static SearchItem Item(string id, string language, string title, string audience) =>
        new(ModuleKey.Journal, id, language, title, "Текст", $"/journal/articles/{id}", audience, DateTimeOffset.UtcNow);

    private BunitContext CreateContext()
    {
        var ctx = ComponentContext.Create();
        ctx.Services.AddSingleton(_database.Factory);
        ctx.Services.AddSingleton<ILiveBus, InProcessLiveBus>();
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton<PortalActivity>();
        ctx.Services.AddSingleton<ISearchIndexObserver>(sp => sp.GetRequiredService<PortalActivity>());
        ctx.Services.AddSingleton<ISearchSource>(_source);
        ctx.Services.AddSingleton<ISearchIndexer, SearchIndexer>();
        return ctx;
    }

    private sealed class JournalSource : ISearchSource
    {
        public Dictionary<string, IReadOnlyList<SearchItem>> Items { get; } = [];

        public ModuleKey Module => ModuleKey.Journal;

        public async IAsyncEnumerable<SearchItem> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            foreach (var item in Items.Values.SelectMany(i => i)) yield return item;
        }

        public Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken) =>
            Task.FromResult(Items.GetValueOrDefault(itemId) ?? []);
    }
}
