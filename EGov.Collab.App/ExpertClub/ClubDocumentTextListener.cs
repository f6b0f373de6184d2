using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

/// <summary>
/// An attached PDF's text arrives after its message was posted and indexed: once the store has extracted it, the
/// messages that carry the file are indexed again, now with their files' pages.
/// </summary>
public sealed class ClubDocumentTextListener(IDbContextFactory<CollabDbContext> dbFactory, ISearchIndexer indexer) : IDocumentTextListener
{
    public async Task TextExtractedAsync(Guid documentId, CancellationToken cancellationToken)
    {
        List<Guid> messages;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            messages = await db.ClubMessageAttachments.Where(a => a.DocumentId == documentId).Select(a => a.MessageId).Distinct().ToListAsync(cancellationToken);
        foreach (var message in messages)
            await indexer.RefreshAsync(ModuleKey.ExpertClub, ClubSearchSource.MessageItem(message), cancellationToken);
    }
}
