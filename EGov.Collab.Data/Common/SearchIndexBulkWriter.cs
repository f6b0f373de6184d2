using System.Data.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EGov.Collab.Data.Common;

/// <summary>
/// Writes many index documents and vocabulary words fast: one transaction per batch and one prepared command each,
/// reused row after row (EF's change tracking and per-row SQL generation cost more than the full-text index itself on a
/// rebuild). Column names and value conversions come from the EF model, so both providers get the same rows EF would write.
/// </summary>
public sealed class SearchIndexBulkWriter : IAsyncDisposable
{
    private readonly CollabDbContext _db;
    private readonly DbCommand _insertDocument;
    private readonly (IProperty Property, DbParameter Parameter)[] _columns;
    private readonly DbCommand _insertWord;

    private SearchIndexBulkWriter(CollabDbContext db, DbCommand insertDocument, (IProperty, DbParameter)[] columns, DbCommand insertWord)
    {
        _db = db;
        _insertDocument = insertDocument;
        _columns = columns;
        _insertWord = insertWord;
    }

    public static async Task<SearchIndexBulkWriter> OpenAsync(CollabDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var sqlServer = db.Database.IsSqlServer();
        string Name(string column) => sqlServer ? $"[{column}]" : column;

        var entity = db.Model.FindEntityType(typeof(SearchDocument))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never).ToArray();
        var insertDocument = connection.CreateCommand();
        var columns = properties.Select((p, i) =>
        {
            var parameter = insertDocument.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            insertDocument.Parameters.Add(parameter);
            return (p, parameter);
        }).ToArray();
        insertDocument.CommandText = $"INSERT INTO {Name(table.Name)} ({string.Join(", ", properties.Select(p => Name(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.parameter.ParameterName))})";

        var insertWord = connection.CreateCommand();
        var word = insertWord.CreateParameter();
        word.ParameterName = "@w";
        insertWord.Parameters.Add(word);
        insertWord.CommandText = $"INSERT INTO {Name("SearchVocabulary")} ({Name("Word")}) SELECT @w WHERE NOT EXISTS (SELECT 1 FROM {Name("SearchVocabulary")} WHERE {Name("Word")} = @w)";
        return new SearchIndexBulkWriter(db, insertDocument, columns, insertWord);
    }

    /// <summary>Inserts <paramref name="documents"/> in one transaction (the full-text index follows by trigger or change tracking).</summary>
    public async Task InsertAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        _insertDocument.Transaction = transaction;
        foreach (var document in documents)
        {
            foreach (var (property, parameter) in _columns)
            {
                var value = property.GetGetter().GetClrValue(document);
                var converter = property.GetTypeMapping().Converter;
                parameter.Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
            await _insertDocument.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Adds the words the vocabulary does not hold yet, in one transaction.</summary>
    public async Task AddWordsAsync(IEnumerable<string> words, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        _insertWord.Transaction = transaction;
        foreach (var word in words)
        {
            _insertWord.Parameters[0].Value = word;
            await _insertWord.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _insertDocument.DisposeAsync();
        await _insertWord.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }
}
