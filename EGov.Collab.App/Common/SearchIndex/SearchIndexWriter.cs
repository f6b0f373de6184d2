using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>Writes documents into the index and their words into the vocabulary, for a refresh and for a rebuild alike.</summary>
public static class SearchIndexWriter
{
    /// <summary>Replaces every document of one item by <paramref name="items"/> (none: the item leaves the index).</summary>
    public static async Task ReplaceAsync(CollabDbContext db, ModuleKey module, string itemId, IReadOnlyList<SearchItem> items, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SearchDocuments.Where(d => d.Module == module && d.ItemId == itemId).ExecuteDeleteAsync(cancellationToken);
        db.SearchDocuments.AddRange(items.Select(SearchDocument.From));
        await db.SaveChangesAsync(cancellationToken);
        await AddVocabularyAsync(db, items.SelectMany(i => VocabularyWord.Candidates(i.Title + " " + i.Body)).ToHashSet(StringComparer.Ordinal), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Adds the words the vocabulary does not hold yet.</summary>
    public static async Task AddVocabularyAsync(CollabDbContext db, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        foreach (var chunk in words.Chunk(500))
        {
            var known = await db.SearchVocabulary.Where(w => chunk.Contains(w.Word)).Select(w => w.Word).ToListAsync(cancellationToken);
            var fresh = chunk.Except(known, StringComparer.Ordinal).ToList();
            if (fresh.Count == 0) continue;
            db.SearchVocabulary.AddRange(fresh.Select(w => new VocabularyWord(w)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
