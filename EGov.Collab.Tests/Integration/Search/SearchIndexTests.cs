using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Search;

/// <summary>The index on the real SQLite migrations (FTS5 + triggers), fed through <see cref="ISearchIndexer"/> as modules feed it.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Room = Guid.Parse("0195a000-0000-7000-8000-000000000001");

    private readonly TestDatabase _database = new();
    private readonly FakeSource _source = new();
    private readonly ServiceProvider _services;

    public SearchIndexTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_database.Factory);
        services.AddSingleton<ISearchSource>(_source);
        services.AddSingleton<ISearchAudienceProvider, RoomGrant>();
        services.AddSingleton<ISearchIndexer, SearchIndexer>();
        services.AddScoped<SearchReaders>();
        services.AddScoped<PortalSearch>();
        services.AddScoped<SearchIndexRebuild>();
        _services = services.BuildServiceProvider();
    }

    private PortalSearch Search => _services.GetRequiredService<PortalSearch>();

    private static ClaimsPrincipal Visitor => new(new ClaimsIdentity());

    private static ClaimsPrincipal Member(bool inRoom = false) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), .. inRoom ? new[] { new Claim("room", "yes") } : []], "test"));

    private async Task PutAsync(string id, string title, string body, string audience = SearchAudience.Public, string language = "uk", DateTimeOffset? updated = null)
    {
        _source.Items[id] = [new SearchItem(ModuleKey.Journal, id, language, title, body, "/journal/articles/" + id, audience, updated ?? Now)];
        await _services.GetRequiredService<ISearchIndexer>().RefreshAsync(ModuleKey.Journal, id);
    }

    private async Task<SearchResults> FindAsync(string query, ClaimsPrincipal? reader = null, ModuleKey? module = null, int page = 1) =>
        (await Search.SearchAsync(reader ?? Visitor, new SearchRequest(query, module, Page: page))).Value;

    [Theory]
    [InlineData("громадам")]
    [InlineData("громадою")]
    [InlineData("ГРОМАДИ")]
    public async Task Search_AnyFormOfAWord_FindsTheDocument(string query)
    {
        await PutAsync("a", "Послуги для громади", "Кожна громада публікує свої електронні послуги.");

        var found = await FindAsync(query);

        Assert.Equal(1, found.Total);
        Assert.Contains(found.Results[0].Snippet, p => p.IsHit);
    }

    [Theory]
    [InlineData("об'єднаних")]
    [InlineData("об’єднаних")]
    [InlineData("обʼєднаних")]
    public async Task Search_AnyApostrophe_FindsTextWrittenWithAnother(string query)
    {
        await PutAsync("a", "Атлас", "Перелік обʼєднаних територіальних громад.");
        await PutAsync("b", "Атлас", "Перелік об’єднаної громади.");

        Assert.Equal(2, (await FindAsync(query)).Total);
    }

    [Fact]
    public async Task Search_SeveralWords_AllMustMatch_TitleRanksFirst()
    {
        await PutAsync("body", "Звіт", "Реєстр електронних послуг громади оновлено.");
        await PutAsync("title", "Реєстр електронних послуг", "Новини про реєстр послуг.");
        await PutAsync("other", "Реєстр", "Інший текст.");

        var found = await FindAsync("реєстру послуги");

        Assert.Equal(2, found.Total);
        Assert.Equal("/journal/articles/title", found.Results[0].Url);
    }

    [Fact]
    public async Task Search_Prefix_FindsLongerWords()
    {
        await PutAsync("a", "Цифровізація", "Цифровізація громад.");

        Assert.Equal(1, (await FindAsync("цифров*")).Total);
        Assert.Equal(0, (await FindAsync("цифров")).Total);
    }

    [Fact]
    public async Task Refresh_EditAndDelete_ReflectedAtOnce()
    {
        await PutAsync("a", "Положення", "Текст про петиції.");
        Assert.Equal(1, (await FindAsync("петиції")).Total);

        await PutAsync("a", "Положення", "Текст про бюджет участі.");
        Assert.Equal(0, (await FindAsync("петиції")).Total);
        Assert.Equal(1, (await FindAsync("бюджету")).Total);

        _source.Items.Remove("a");
        await _services.GetRequiredService<ISearchIndexer>().RefreshAsync(ModuleKey.Journal, "a");
        Assert.Equal(0, (await FindAsync("бюджету")).Total);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH 'бюджет'").SingleAsync());
    }

    [Fact]
    public async Task Search_PrivateScope_NoResultCountFacetOrCorrectionForOthers()
    {
        var scope = SearchAudience.Scope("club-room", Room);
        await PutAsync("secret", "Висновок", "Конфіденційний меморандум щодо верифікації.", scope);
        await PutAsync("members", "Протокол", "Меморандум для учасників.", SearchAudience.Members);

        var visitor = await FindAsync("меморандум");
        Assert.Equal(0, visitor.Total);
        Assert.Empty(visitor.Modules);
        Assert.Null(visitor.DidYouMean);
        Assert.Null((await FindAsync("меморандуи")).DidYouMean);
        Assert.Empty(await Search.SuggestAsync(Visitor, "конфіден"));

        Assert.Equal(1, (await FindAsync("меморандум", Member())).Total);
        Assert.Equal(0, (await FindAsync("верифікації", Member())).Total);

        var insider = await FindAsync("верифікації", Member(inRoom: true));
        Assert.Equal(1, insider.Total);
        Assert.Equal(2, (await FindAsync("меморандуми", Member(inRoom: true))).Total);
    }

    [Fact]
    public async Task Search_Misspelt_SuggestsTheNearWord()
    {
        await PutAsync("a", "Інтероперабельність", "Інтероперабельність реєстрів.");

        var found = await FindAsync("інтероперабельнісьт");

        Assert.Equal(0, found.Total);
        Assert.Equal("інтероперабельність", found.DidYouMean);
    }

    [Fact]
    public async Task Search_Facets_CountWhatTheReaderSees_FiltersNarrow()
    {
        await PutAsync("a", "Закон", "Закон про дані", updated: Now.AddYears(-1));
        await PutAsync("b", "Закон", "Закон про послуги");
        await PutAsync("c", "Law", "The law on data", language: "en");
        await PutAsync("d", "Закон", "Закон для своїх", SearchAudience.Scope("club-room", Room));

        var all = await FindAsync("закон");
        Assert.Equal(2, all.Total);
        Assert.Equal([new FacetCount<int>(Now.Year, 1), new FacetCount<int>(Now.Year - 1, 1)], all.Years);
        Assert.Equal([new FacetCount<string>("uk", 2)], all.Languages);

        var lastYear = (await Search.SearchAsync(Visitor, new SearchRequest("закон", Year: Now.Year - 1))).Value;
        Assert.Equal(1, lastYear.Total);
        Assert.Equal("/journal/articles/a", lastYear.Results[0].Url);
        Assert.Equal(1, (await FindAsync("law")).Total);
    }

    [Fact]
    public async Task Search_ManyResults_Paged()
    {
        for (var i = 0; i < 25; i++) await PutAsync($"n{i}", $"Новина {i}", "Звернення громадян.");

        var third = await FindAsync("звернення", page: 3);

        Assert.Equal(25, third.Total);
        Assert.Equal(3, third.PageCount);
        Assert.Equal(5, third.Results.Count);
        Assert.Equal(3, third.Page);
    }

    [Theory]
    [InlineData("\" * ( ) : ^ - NEAR AND OR")]
    [InlineData("громада\" OR \"x")]
    [InlineData("'; DROP TABLE SearchDocuments; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("NEAR(громада реєстр, 2)")]
    [InlineData("громада*)")]
    public async Task Search_HostileQueries_AnsweredWithoutException(string query)
    {
        await PutAsync("a", "Громада", "Реєстр громади.");

        var found = await Search.SearchAsync(Visitor, new SearchRequest(query));
        var suggestions = await Search.SuggestAsync(Visitor, query);

        Assert.True(found.IsSuccess ? found.Value.Total >= 0 : found.Error == SearchErrors.NoWords);
        Assert.NotNull(suggestions);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.SearchDocuments.CountAsync());
    }

    [Fact]
    public async Task Rebuild_ReadsEverySource()
    {
        _source.Items["x"] = [new SearchItem(ModuleKey.Journal, "x", "uk", "Стратегія", "Стратегія цифрового розвитку.", "/x", SearchAudience.Public, Now)];
        _source.Items["y"] = [new SearchItem(ModuleKey.Journal, "y", "uk", "Бібліотека", "Сторінка перша.", "/y#page=1", SearchAudience.Public, Now, Page: 1),
            new SearchItem(ModuleKey.Journal, "y", "uk", "Бібліотека", "Стратегія на сторінці другій.", "/y#page=2", SearchAudience.Public, Now, Page: 2)];

        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuild>().RebuildAsync();
        var found = await FindAsync("стратегії");

        Assert.Equal(3, report.Documents);
        Assert.Equal(2, found.Total);
        Assert.Contains(found.Results, r => r.PdfPage == 2 && r.Url == "/y#page=2");
    }

    [Fact]
    public async Task Search_FacetCounts_EqualWhatEachFacetThenReturns()
    {
        for (var i = 0; i < 23; i++)
            await PutAsync($"f{i}", $"Реєстр {i}", i % 3 == 0 ? "The register of data" : "Реєстр громад.", language: i % 3 == 0 ? "en" : "uk", updated: Now.AddYears(-(i % 4)));
        await PutAsync("members", "Реєстр", "Реєстр для учасників.", SearchAudience.Members, updated: Now.AddYears(-7));

        var all = await FindAsync("реєстр");

        Assert.Equal(23, all.Total);
        Assert.Equal(all.Total, all.Years.Sum(f => f.Count));
        Assert.Equal(all.Total, all.Languages.Sum(f => f.Count));
        Assert.Equal(all.Total, all.Modules.Sum(f => f.Count));
        foreach (var year in all.Years)
        {
            var narrowed = (await Search.SearchAsync(Visitor, new SearchRequest("реєстр", Year: year.Value))).Value;
            Assert.Equal(year.Count, narrowed.Total);
            Assert.All(narrowed.Results, r => Assert.Equal(year.Value, r.Updated.Year));
        }
        foreach (var language in all.Languages)
        {
            var urls = new HashSet<string>();
            for (var page = 1; page <= 3; page++)
                urls.UnionWith((await Search.SearchAsync(Visitor, new SearchRequest("реєстр", Language: language.Value, Page: page))).Value.Results.Select(r => r.Url));
            Assert.Equal(language.Count, urls.Count);
        }
    }

    [Fact]
    public async Task Search_ManyUnreadableMatches_NeverCountedPagedOrFacetedForOthers()
    {
        var room = SearchAudience.Scope("club-room", Room);
        for (var i = 0; i < 15; i++) await PutAsync($"p{i}", "Бюджет кімнати", "Бюджет, який бачать лише учасники кімнати.", room, updated: Now.AddYears(-3));
        await PutAsync("open", "Бюджет", "Відкритий бюджет громади.");

        var visitor = await FindAsync("бюджет");
        var roomYear = (await Search.SearchAsync(Visitor, new SearchRequest("бюджет", Year: Now.Year - 3))).Value;
        var second = (await Search.SearchAsync(Visitor, new SearchRequest("бюджет", Page: 2))).Value;
        var insider = await FindAsync("бюджет", Member(inRoom: true));

        Assert.Equal(1, visitor.Total);
        Assert.Equal([new FacetCount<int>(Now.Year, 1)], visitor.Years);
        Assert.Equal("/journal/articles/open", Assert.Single(visitor.Results).Url);
        Assert.Equal(0, roomYear.Total);
        Assert.Empty(roomYear.Results);
        Assert.Equal("/journal/articles/open", Assert.Single(second.Results).Url);
        Assert.Equal(16, insider.Total);
        Assert.Equal(15, insider.Years.Single(y => y.Value == Now.Year - 3).Count);
    }

    [Fact]
    public async Task Rebuild_MoreThanOneBatch_EveryDocumentAndWordOnce()
    {
        for (var i = 0; i < 2_345; i++)
            _source.Items[$"b{i}"] = [new SearchItem(ModuleKey.Journal, $"b{i}", "uk", $"Документ {i}", i == 2_000 ? "Унікальнослово тут." : "Звичайний текст документа.", $"/b/{i}", SearchAudience.Public, Now)];
        await PutAsync("stale", "Застаріле", "Застарілий запис.");
        _source.Items.Remove("stale");

        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuild>().RebuildAsync();

        Assert.Equal(2_345, report.Documents);
        Assert.Equal(2_345, (await FindAsync("документа")).Total);
        Assert.Equal("/b/2000", Assert.Single((await FindAsync("унікальнослово")).Results).Url);
        Assert.Equal(0, (await FindAsync("застарілий")).Total);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.SearchVocabulary.CountAsync(w => w.Word == "унікальнослово"));
    }

    [Fact]
    public async Task SearchCommand_Rebuild_IndexesEverySourceAndReports()
    {
        _source.Items["cli"] = [new SearchItem(ModuleKey.Journal, "cli", "uk", "Командний рядок", "Перебудова індексу з консолі.", "/cli", SearchAudience.Public, Now)];
        using var output = new StringWriter();

        var exitCode = await SearchCommand.RunAsync(_services, ["search", "rebuild"], output);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Search index rebuilt: 1 documents", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("/cli", Assert.Single((await FindAsync("перебудови")).Results).Url);
    }

    [Theory]
    [InlineData(new[] { "search", "rebuild" }, true)]
    [InlineData(new[] { "search" }, false)]
    [InlineData(new[] { "admin", "create", "a@b.c" }, false)]
    [InlineData(new string[0], false)]
    public void SearchCommand_Matches_OnlySearchRebuild(string[] args, bool matches) =>
        Assert.Equal(matches, SearchCommand.Matches(args));

    [Fact]
    public async Task SearchCommand_ExtraArguments_RefusedWithAnExitCode()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await SearchCommand.RunAsync(_services, ["search", "rebuild", "now"], output));
        Assert.Contains("Usage", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    private sealed class FakeSource : ISearchSource
    {
        public Dictionary<string, SearchItem[]> Items { get; } = [];

        public ModuleKey Module => ModuleKey.Journal;

        public async IAsyncEnumerable<SearchItem> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var item in Items.Values.SelectMany(i => i)) yield return item;
        }

        public Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SearchItem>>(Items.TryGetValue(itemId, out var items) ? items : []);
    }

    private sealed class RoomGrant : ISearchAudienceProvider
    {
        public Task<IReadOnlyCollection<string>> AudiencesAsync(ClaimsPrincipal reader, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<string>>(reader.HasClaim("room", "yes") ? [SearchAudience.Scope("club-room", Room)] : []);
    }
}
