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

        var visible = Visible(db, query.Terms, audiences);
        var groups = await visible.GroupBy(d => new { d.Document.Module, d.Document.Year, d.Document.Language })
            .Select(g => new { g.Key.Module, g.Key.Year, g.Key.Language, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (groups.Count == 0)
        {
            var correction = await DidYouMeanAsync(db, query, audiences, cancellationToken);
            return new SearchResults(query, 0, 1, 0, [], [], [], [], correction);
        }

        var filtered = visible;
        if (request.Module is { } module) filtered = filtered.Where(d => d.Document.Module == module);
        if (request.Year is { } year) filtered = filtered.Where(d => d.Document.Year == year);
        if (request.Language is { Length: > 0 } language) filtered = filtered.Where(d => d.Document.Language == language);
        var total = groups.Where(g => (request.Module is null || g.Module == request.Module) && (request.Year is null || g.Year == request.Year)
            && (string.IsNullOrEmpty(request.Language) || g.Language == request.Language)).Sum(g => g.Count);
        var pageCount = (total + PageSize - 1) / PageSize;
        var page = Math.Clamp(request.Page, 1, Math.Clamp(pageCount, 1, MaxPage));
        var documents = await filtered.OrderBy(d => d.Rank).ThenByDescending(d => d.Document.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => d.Document)
            .ToListAsync(cancellationToken);

        var results = documents.Select(d => new SearchResult(
            d.Module, d.Title, SearchSnippet.Build(d.Body.Length > 0 ? d.Body : d.Title, query.Terms), d.Url, d.Page == 0 ? null : d.Page, d.Language, d.Updated)).ToList();
        return new SearchResults(query, total, page, pageCount, results,
            groups.GroupBy(g => g.Module).Select(g => new FacetCount<ModuleKey>(g.Key, g.Sum(x => x.Count))).OrderByDescending(f => f.Count).ToList(),
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
        var found = await Visible(db, parsed.Value.Terms, audiences)
            .OrderBy(d => d.Rank).Take(SuggestionCount * 3)
            .Select(d => new { d.Document.Title, d.Document.Url, d.Document.Module, d.Document.ItemId })
            .ToListAsync(cancellationToken);
        return found.DistinctBy(d => (d.Module, d.ItemId)).Take(SuggestionCount).Select(d => new SearchSuggestion(d.Title, d.Url, d.Module)).ToList();
    }

    // A class with settable members, not a positional record: EF composes filters and grouping over member-init projections.
    private sealed class Ranked
    {
        public required SearchDocument Document { get; init; }

        public double Rank { get; init; }
    }

    private static IQueryable<Ranked> Visible(CollabDbContext db, IReadOnlyList<SearchTerm> terms, List<string> audiences) =>
        from match in SearchIndexSql.Match(db, terms)
        join document in db.SearchDocuments on match.Id equals document.Id
        where audiences.Contains(document.Audience)
        select new Ranked { Document = document, Rank = match.Rank };

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
        return await Visible(db, parsed.Value.Terms, audiences).AnyAsync(cancellationToken) ? suggestion : null;
    }

    private static int MaxEdits(string word) => word.Length <= 5 ? 1 : word.Length <= 9 ? 2 : 3;
}
