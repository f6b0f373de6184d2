using System.Globalization;
using EGov.Collab.Data.Configurations.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Common;

/// <summary>How many readable matches fall on one (module, year, language): a row of the facet counts.</summary>
public sealed record SearchFacetRow(int Module, int Year, string Language, int Count);

/// <summary>Which matches a query may return: the reader's audience keys (always) and the facets chosen (if any).</summary>
public sealed record SearchScope(IReadOnlyList<string> Audiences, ModuleKey? Module = null, int? Year = null, string? Language = null);

/// <summary>
/// The provider-specific part of searching, done by the database in one statement each: the full-text match (FTS5 MATCH
/// on SQLite, CONTAINSTABLE on SQL Server) over the stems the SearchIndex migrations index, joined to the reader's
/// audiences, then grouped for the facets or ranked and cut to one page. Nothing is matched in memory.
/// Terms are words only (<see cref="SearchQuery"/>), each written as a quoted phrase, so no typed operator reaches the engine.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>Title words weigh more than body words.</summary>
    private const string TitleWeight = "4.0";

    /// <summary>The readable matches counted by module, year and language.</summary>
    public static Task<List<SearchFacetRow>> FacetsAsync(CollabDbContext db, IReadOnlyList<SearchTerm> terms, IReadOnlyList<string> audiences, CancellationToken cancellationToken)
    {
        var (from, parameters) = Matches(db, terms, new SearchScope(audiences));
        var sql = $"SELECT d.{Q(db, "Module")} AS {Q(db, "Module")}, d.{Q(db, "Year")} AS {Q(db, "Year")}, d.{Q(db, "Language")} AS {Q(db, "Language")}, COUNT(*) AS {Q(db, "Count")} {from} " +
            $"GROUP BY d.{Q(db, "Module")}, d.{Q(db, "Year")}, d.{Q(db, "Language")}";
        return db.Database.SqlQueryRaw<SearchFacetRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>The ids of one page of readable matches, best first (ties: the newer document first).</summary>
    public static Task<List<long>> PageAsync(CollabDbContext db, IReadOnlyList<SearchTerm> terms, SearchScope scope, int skip, int take, CancellationToken cancellationToken)
    {
        var (from, parameters) = Matches(db, terms, scope);
        var at = parameters.Count;
        parameters.Add(skip);
        parameters.Add(take);
        var sql = db.Database.IsSqlServer()
            ? $"SELECT d.[Id] AS Value {from} ORDER BY m.[RANK] DESC, d.[Id] DESC OFFSET {{{at}}} ROWS FETCH NEXT {{{at + 1}}} ROWS ONLY"
            : $"SELECT d.Id AS Value {from} ORDER BY bm25(SearchDocumentsFts, {TitleWeight}, 1.0), d.Id DESC LIMIT {{{at + 1}}} OFFSET {{{at}}}";
        return db.Database.SqlQueryRaw<long>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the reader can read at least one match (for "did you mean").</summary>
    public static async Task<bool> AnyAsync(CollabDbContext db, IReadOnlyList<SearchTerm> terms, IReadOnlyList<string> audiences, CancellationToken cancellationToken)
    {
        var (from, parameters) = Matches(db, terms, new SearchScope(audiences));
        var sql = db.Database.IsSqlServer() ? $"SELECT TOP (1) d.[Id] AS Value {from}" : $"SELECT d.Id AS Value {from} LIMIT 1";
        return (await db.Database.SqlQueryRaw<long>(sql, [.. parameters]).ToListAsync(cancellationToken)).Count > 0;
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

    /// <summary>
    /// "FROM … WHERE …" of the readable matches: the full-text match joined to the documents (<c>d</c>) and filtered by
    /// audience and facets in the same statement. On SQLite the join reads the narrow access index, never the rows with
    /// their bodies.
    /// </summary>
    private static (string Sql, List<object> Parameters) Matches(CollabDbContext db, IReadOnlyList<SearchTerm> terms, SearchScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (terms.Count == 0) throw new ArgumentException("A query needs at least one term.", nameof(terms));
        if (scope.Audiences.Count == 0) throw new ArgumentException("A reader has at least the public audience.", nameof(scope));
        var sqlServer = db.Database.IsSqlServer();
        var parameters = new List<object>
        {
            sqlServer
                ? string.Join(" AND ", terms.Select(t => t.IsPrefix ? $"\"{Quote(t.Stem)}*\"" : $"\"{Quote(t.Stem)}\""))
                : string.Join(" AND ", terms.Select(t => t.IsPrefix ? $"\"{Quote(t.Stem)}\"*" : $"\"{Quote(t.Stem)}\"")),
        };
        var sql = sqlServer
            ? "FROM CONTAINSTABLE([SearchDocuments], ([TitleStems], [BodyStems]), {0}) AS m JOIN [SearchDocuments] AS d ON d.[Id] = m.[KEY] WHERE "
            : $"FROM SearchDocumentsFts JOIN SearchDocuments AS d INDEXED BY {SearchDocumentConfiguration.AccessIndex} ON d.Id = SearchDocumentsFts.rowid " +
              "WHERE SearchDocumentsFts MATCH {0} AND ";
        sql += $"d.{Q(db, "Audience")} IN (" + string.Join(", ", scope.Audiences.Select(a => Parameter(parameters, a))) + ")";
        if (scope.Module is { } module) sql += $" AND d.{Q(db, "Module")} = " + Parameter(parameters, (int)module);
        if (scope.Year is { } year) sql += $" AND d.{Q(db, "Year")} = " + Parameter(parameters, year);
        if (scope.Language is { Length: > 0 } language) sql += $" AND d.{Q(db, "Language")} = " + Parameter(parameters, language);
        return (sql, parameters);
    }

    private static string Parameter(List<object> parameters, object value)
    {
        parameters.Add(value);
        return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }

    private static string Q(CollabDbContext db, string column) => db.Database.IsSqlServer() ? $"[{column}]" : column;

    private static string Quote(string text) => text.Replace("\"", "\"\"", StringComparison.Ordinal);
}
