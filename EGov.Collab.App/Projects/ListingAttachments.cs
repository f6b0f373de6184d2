using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>Files attached to listings, kept in the portal's document store (PDF, DOCX, XLSX and images, checked by content).</summary>
public sealed class ListingAttachments(IDbContextFactory<CollabDbContext> dbFactory, IServiceProvider services, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly IReadOnlyCollection<Domain.Common.Documents.DocumentKind> Allowed =
        [.. Domain.Common.Documents.DocumentKinds.Documents, .. Domain.Common.Documents.DocumentKinds.Images];

    /// <summary>The store is shared by the portal; null where it is not registered (attachments are then switched off).</summary>
    private IDocumentStore? Store => services.GetService<IDocumentStore>();

    public bool Available => Store is not null;

    public async Task<Result> AddAsync(ClaimsPrincipal user, Guid listingId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        if (Store is not { } store) return new Error("Projects.Error.AttachmentsOff");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.Include(l => l.Attachments).SingleOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null) return ProjectsErrors.ListingNotFound;
        if (listing.AuthorId != memberId) return ProjectsErrors.NotAuthor;
        var stored = await store.SaveAsync(content, fileName, new DocumentUpload(Allowed, memberId, MaxBytes), cancellationToken);
        if (!stored.IsSuccess) return stored.Error!;
        var added = listing.AddAttachment(memberId.Value, stored.Value.Id, fileName, clock.GetUtcNow());
        if (!added.IsSuccess) return added;
        return await ListingService.SaveAsync(db, cancellationToken);
    }

    /// <summary>Serves an attachment to whoever may read the listing; 404 otherwise.</summary>
    public async Task<IResult> FileAsync(ClaimsPrincipal user, Guid listingId, Guid documentId, ListingService listings, CancellationToken cancellationToken)
    {
        var view = await listings.ReadAsync(listingId, user, cancellationToken);
        var attachment = view?.Listing.Attachments.FirstOrDefault(a => a.DocumentId == documentId);
        if (attachment is null || Store is not { } store) return Results.NotFound();
        return await DocumentResults.FileAsync(store, documentId, inline: false, attachment.FileName, cancellationToken);
    }
}
