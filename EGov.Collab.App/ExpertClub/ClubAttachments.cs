using System.Security.Claims;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

/// <summary>
/// Files attached to club messages. The composer stores each file in the portal's document store (kind checked by content,
/// size bounded by <see cref="MessageAttachment.MaxBytes"/>); the message keeps the document ids, and the file is served
/// only to whoever may read the message: anyone for a public room, a private room's members and the moderators otherwise.
/// A deleted message's files are served to nobody; a hidden message's only to its author and the moderators.
/// </summary>
public sealed class ClubAttachments(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access, IDocumentStore store)
{
    /// <summary>What the composer's upload field accepts.</summary>
    public static DocumentUpload UploadFor(Guid? memberId) => new(MessageAttachment.AllowedKinds, memberId, MessageAttachment.MaxBytes);

    /// <summary>The stored documents a post names, checked again on the server (a circuit's list is not trusted).</summary>
    internal static async Task<Result<IReadOnlyList<StoredDocument>>> ResolveAsync(IDocumentStore store, IReadOnlyList<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count > MessageAttachment.MaxPerMessage) return ClubErrors.TooManyAttachments;
        var documents = new List<StoredDocument>(documentIds.Count);
        foreach (var id in documentIds)
        {
            if (await store.FindAsync(id, cancellationToken) is not { } document) return CommonErrors.NotFound;
            documents.Add(document);
        }
        var checkedFiles = MessageAttachment.Check(documents.Select(d => (d.Id, d.Kind, d.Length)).ToList());
        if (!checkedFiles.IsSuccess) return checkedFiles.Error!;
        return documents;
    }

    /// <summary>The file of an attachment, or 404 when there is none to show this reader (403 for a signed-in outsider of a private room).</summary>
    public async Task<IResult> FileAsync(ClaimsPrincipal user, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (
            from attachment in db.ClubMessageAttachments.AsNoTracking()
            join message in db.ClubMessages on attachment.MessageId equals message.Id
            join topic in db.ClubTopics on message.TopicId equals topic.Id
            join room in db.ClubRooms on topic.RoomId equals room.Id
            where attachment.Id == attachmentId
            select new { attachment, message, room }).SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.message.IsDeleted) return Results.NotFound();
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.CanRead(found.room)) return viewer.IsSignedIn ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.NotFound();
        if (found.message.IsHidden && found.message.AuthorId != viewer.MemberId && !viewer.IsModerator) return Results.NotFound();
        return await DocumentResults.FileAsync(store, found.attachment.DocumentId, inline: false, found.attachment.FileName, cancellationToken);
    }
}
