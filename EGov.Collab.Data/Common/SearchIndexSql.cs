using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Common;

/// <summary>The ids and ranks of the documents that contain every term, lower rank first (best).</summary>
public sealed record SearchMatch(long Id, double Rank);

/// <summary>
/// The only provider-specific part of searching: the full-text match itself (FTS5 MATCH on SQLite, CONTAINSTABLE on SQL
/// Server) over the stems the SearchIndex migration indexes. Everything after it (access, facets, paging) is LINQ.
/// Terms are words only (<see cref="SearchQuery"/>), each written as a quoted phrase, so no typed operator reaches the engine.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>Title words weigh more than body words.</summary>
    private const string TitleWeight = "4.0";

    public static IQueryable<SearchMatch> Match(CollabDbContext db, IReadOnlyList<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (terms.Count == 0) throw new ArgumentException("A query needs at least one term.", nameof(terms));
        if (db.Database.IsSqlServer())
        {
            var condition = string.Join(" AND ", terms.Select(t => t.IsPrefix ? $"\"{Quote(t.Stem)}*\"" : $"\"{Quote(t.Stem)}\""));
            return db.Database.SqlQueryRaw<SearchMatch>(
                "SELECT m.[KEY] AS Id, CAST(-m.[RANK] AS float) AS Rank FROM CONTAINSTABLE([SearchDocuments], ([TitleStems], [BodyStems]), {0}) AS m",
                condition);
        }
        var expression = string.Join(" AND ", terms.Select(t => t.IsPrefix ? $"\"{Quote(t.Stem)}\"*" : $"\"{Quote(t.Stem)}\""));
        return db.Database.SqlQueryRaw<SearchMatch>(
            "SELECT rowid AS Id, bm25(SearchDocumentsFts, " + TitleWeight + ", 1.0) AS Rank FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH {0}",
            expression);
    }

    /// <summary>Vocabulary words that share letter trigrams with <paramref name="word"/>: candidates for "did you mean".</summary>
    public static IQueryable<string> SimilarWords(CollabDbContext db, string word, int max)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trigrams = Enumerable.Range(0, Math.Max(0, word.Length - 2)).Select(i => word.Substring(i, 3)).Distinct().ToList();
        if (trigrams.Count == 0) return Enumerable.Empty<string>().AsQueryable();
        if (db.Database.IsSqlServer())
        {
            var prefix = $"\"{Quote(word[..3])}*\"";
            return db.Database.SqlQueryRaw<string>(
                "SELECT TOP ({1}) [Word] AS Value FROM [SearchVocabulary] WHERE CONTAINS([Word], {0})", prefix, max);
        }
        var expression = string.Join(" OR ", trigrams.Select(t => $"\"{Quote(t)}\""));
        return db.Database.SqlQueryRaw<string>(
            "SELECT Word AS Value FROM SearchVocabularyTrigrams WHERE SearchVocabularyTrigrams MATCH {0} ORDER BY rank LIMIT {1}", expression, max);
    }

    private static string Quote(string text) => text.Replace("\"", "\"\"", StringComparison.Ordinal);
}
