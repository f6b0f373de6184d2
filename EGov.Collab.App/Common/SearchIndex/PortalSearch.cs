using System.Security.Claims;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>What a reader asked: the query, the facets chosen and the page.</summary>
public sealed record SearchRequest(string? Query, ModuleKey? Module = null, int? Year = null, string? Language = null, int Page = 1);

public sealed record SearchResult(ModuleKey Module, string Title, IReadOnlyList<SnippetPart> Snippet, string Url, int? PdfPage, string Language, DateTimeOffset Updated);

public sealed record FacetCount<T>(T Value, int Count);

public sealed record SearchResults(
    SearchQuery Query,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<SearchResult> Results,
    IReadOnlyList<FacetCount<ModuleKey>> Modules,
    IReadOnlyList<FacetCount<int>> Years,
    IReadOnlyList<FacetCount<string>> Languages,
    string? DidYouMean);

public sealed record SearchSuggestion(string Title, string Url, ModuleKey Module);

/// <summary>
/// Searches the portal-wide index for one reader. Access is part of the query itself (only documents whose audience is
/// among the reader's keys are matched), so no result, snippet, count or correction comes from anything else.
/// </summary>
public sealed class PortalSearch(IDbContextFactory<CollabDbContext> dbFactory, SearchReaders readers)
{
    public const int PageSize = 10;
    public const int MaxPage = 100;
    public const int SuggestionCount = 8;

    public async Task<Result<SearchResults>> SearchAsync(ClaimsPrincipal reader, SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = SearchQuery.Parse(request.Query);
        if (!parsed.IsSuccess) return parsed.Error!;
        var query = parsed.Value;
        var audiences = (await readers.AudiencesAsync(reader, cancellationToken)).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var groups = await SearchIndexSql.FacetsAsync(db, query.Terms, audiences, cancellationToken);
        if (groups.Count == 0)
        {
            var correction = await DidYouMeanAsync(db, query, audiences, cancellationToken);
            return new SearchResults(query, 0, 1, 0, [], [], [], [], correction);
        }

        var language = request.Language is { Length: > 0 } chosen ? chosen : null;
        var total = groups.Where(g => (request.Module is null || g.Module == (int)request.Module) && (request.Year is null || g.Year == request.Year)
            && (language is null || g.Language == language)).Sum(g => g.Count);
        var pageCount = (total + PageSize - 1) / PageSize;
        var page = Math.Clamp(request.Page, 1, Math.Clamp(pageCount, 1, MaxPage));
        var ids = total == 0 ? [] : await SearchIndexSql.PageAsync(db, query.Terms, new SearchScope(audiences, request.Module, request.Year, language),
            (page - 1) * PageSize, PageSize, cancellationToken);
        var documents = await PageDocumentsAsync(db, ids, cancellationToken);

        // Snippets only for the page's own rows.
        var results = documents.Select(d => new SearchResult(
            d.Module, d.Title, SearchSnippet.Build(d.Body.Length > 0 ? d.Body : d.Title, query.Terms), d.Url, d.Page == 0 ? null : d.Page, d.Language, d.Updated)).ToList();
        return new SearchResults(query, total, page, pageCount, results,
            groups.GroupBy(g => (ModuleKey)g.Module).Select(g => new FacetCount<ModuleKey>(g.Key, g.Sum(x => x.Count))).OrderByDescending(f => f.Count).ToList(),
            groups.GroupBy(g => g.Year).Select(g => new FacetCount<int>(g.Key, g.Sum(x => x.Count))).OrderByDescending(f => f.Value).ToList(),
            groups.GroupBy(g => g.Language).Select(g => new FacetCount<string>(g.Key, g.Sum(x => x.Count))).OrderByDescending(f => f.Count).ToList(),
            null);
    }

    /// <summary>Titles of readable documents matching what has been typed so far (the last word as a prefix).</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(ClaimsPrincipal reader, string? typed, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(typed, lastWordIsPrefix: true);
        if (!parsed.IsSuccess || (typed ?? "").Trim().Length < 2) return [];
        var audiences = (await readers.AudiencesAsync(reader, cancellationToken)).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await SearchIndexSql.PageAsync(db, parsed.Value.Terms, new SearchScope(audiences), 0, SuggestionCount * 3, cancellationToken);
        var found = await PageDocumentsAsync(db, ids, cancellationToken);
        return found.DistinctBy(d => (d.Module, d.ItemId)).Take(SuggestionCount).Select(d => new SearchSuggestion(d.Title, d.Url, d.Module)).ToList();
    }

    /// <summary>The documents of one page, in the order of <paramref name="ids"/>.</summary>
    private static async Task<List<SearchDocument>> PageDocumentsAsync(CollabDbContext db, List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var documents = await db.SearchDocuments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        return ids.Where(documents.ContainsKey).Select(id => documents[id]).ToList();
    }

    /// <summary>The query with each unknown word replaced by the nearest vocabulary word, if that finds something readable.</summary>
    private static async Task<string?> DidYouMeanAsync(CollabDbContext db, SearchQuery query, List<string> audiences, CancellationToken cancellationToken)
    {
        var corrected = new List<string>();
        var changed = false;
        foreach (var term in query.Terms)
        {
            var word = term.Word;
            if (word.Length >= VocabularyWord.MinLength && !term.IsPrefix)
            {
                var candidates = await SearchIndexSql.SimilarWords(db, word, 50).ToListAsync(cancellationToken);
                var best = candidates.Where(c => c != word)
                    .Select(c => (Word: c, Distance: EditDistance.Between(word, c)))
                    .Where(c => c.Distance <= MaxEdits(word))
                    .OrderBy(c => c.Distance).ThenBy(c => c.Word, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (best.Word is not null)
                {
                    corrected.Add(best.Word);
                    changed = true;
                    continue;
                }
            }
            corrected.Add(word);
        }
        if (!changed) return null;
        var suggestion = string.Join(' ', corrected);
        var parsed = SearchQuery.Parse(suggestion);
        if (!parsed.IsSuccess) return null;
        return await SearchIndexSql.AnyAsync(db, parsed.Value.Terms, audiences, cancellationToken) ? suggestion : null;
    }

    private static int MaxEdits(string word) => word.Length <= 5 ? 1 : word.Length <= 9 ? 2 : 3;
}
