using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>
/// Files attached to listings. The file goes into the portal's document store through its upload field (kind checked by
/// content, size bounded); the listing keeps the document id, and only whoever may read the listing gets the file.
/// </summary>
public sealed class ListingAttachments(IDbContextFactory<CollabDbContext> dbFactory, IDocumentStore store, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly IReadOnlyCollection<DocumentKind> Allowed = [.. DocumentKinds.Documents, .. DocumentKinds.Images];

    /// <summary>What the upload field accepts for a listing.</summary>
    public static DocumentUpload UploadFor(Guid? memberId) => new(Allowed, memberId, MaxBytes);

    /// <summary>The author attaches a document just stored (at most <see cref="Listing.MaxAttachments"/>, not on an expired or archived listing).</summary>
    public async Task<Result> AttachAsync(ClaimsPrincipal user, Guid listingId, StoredDocument document, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.Include(l => l.Attachments).SingleOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null) return ProjectsErrors.ListingNotFound;
        var added = listing.AddAttachment(memberId.Value, document.Id, document.FileName, clock.GetUtcNow());
        if (!added.IsSuccess) return added;
        return await ListingService.SaveAsync(db, cancellationToken);
    }

    /// <summary>Serves an attachment to whoever may read the listing; 404 otherwise.</summary>
    public async Task<IResult> FileAsync(ClaimsPrincipal user, Guid listingId, Guid documentId, ListingService listings, CancellationToken cancellationToken)
    {
        var view = await listings.ReadAsync(listingId, user, cancellationToken);
        var attachment = view?.Listing.Attachments.FirstOrDefault(a => a.DocumentId == documentId);
        if (attachment is null) return Results.NotFound();
        return await DocumentResults.FileAsync(store, documentId, inline: false, attachment.FileName, cancellationToken);
    }
}
