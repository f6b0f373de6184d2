using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

public enum LibraryItemVisibility
{
    NotFound = 0,
    /// <summary>Published: anyone may read it.</summary>
    Public = 1,
    /// <summary>Withdrawn: a tombstone with the reason (HTTP 410).</summary>
    Tombstone = 2,
    /// <summary>Not published yet (or refused): only its submitter and the librarians see it.</summary>
    Private = 3,
}

/// <summary>The item page's content, already in the reader's language.</summary>
public sealed record LibraryItemView(
    LibraryItem Item,
    LibraryItemVisibility Visibility,
    string Language,
    string CollectionSlug,
    string CollectionName,
    string? CoverageName,
    string? CoverageCode,
    bool IsLibrarian,
    bool FilesOpen,
    int? PageCount,
    CitationSource? Citation)
{
    public LibraryLicence Licence => LibraryLicences.FindByUri(Item.LicenceUri) ?? LibraryLicences.Default;
}

/// <summary>A file the reader may open: which stored document and under what name.</summary>
public sealed record LibraryFileAccess(Guid DocumentId, string FileName, Guid ItemId);

/// <summary>Who may see an item and its files, and the item page's content.</summary>
public sealed class LibraryReader(IDbContextFactory<CollabDbContext> dbFactory, IDocumentStore documents, LibraryAccess access, LibraryLinks links, TimeProvider clock)
{
    public async Task<LibraryItemView?> ReadAsync(Guid id, ClaimsPrincipal user, System.Globalization.CultureInfo culture, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.LibraryItems.AsNoTracking().WithParts().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null) return null;
        var isLibrarian = await access.IsLibrarianAsync(user, cancellationToken);
        var visibility = VisibilityOf(item, user, isLibrarian);
        if (visibility == LibraryItemVisibility.NotFound) return null;

        var language = LibraryLanguages.ForCulture(culture);
        var collection = await db.LibraryCollections.AsNoTracking().SingleAsync(c => c.Id == item.CollectionId, cancellationToken);
        var coverage = item.CoverageCommunityId is { } communityId
            ? await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken)
            : null;
        var current = item.CurrentFile;
        var stored = current is null ? null : await documents.FindAsync(current.DocumentId, cancellationToken);
        var filesOpen = FilesOpen(item, user, isLibrarian);
        var citation = item.PersistentId is { } persistentId
            ? new CitationSource([.. item.Creators], item.Title(item.Language), item.DateIssued, item.Publisher, links.Absolute(LibraryLinks.Item(item.Id)),
                persistentId, item.Language, stored?.PageCount, item.Abstract(item.Language), [.. item.SubjectValues], item.Type)
            : null;
        return new LibraryItemView(item, visibility, language, collection.Slug, collection.Name(language), coverage?.Name(culture), coverage?.KatottgCode,
            isLibrarian, filesOpen, stored?.PageCount, citation);
    }

    /// <summary>The file of one version (the current one when <paramref name="version"/> is null), when the reader may open it.</summary>
    public async Task<(int Status, LibraryFileAccess? File)> FileAsync(Guid id, int? version, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.LibraryItems.AsNoTracking().Include(i => i.Files).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null) return (StatusCodes.Status404NotFound, null);
        var isLibrarian = await access.IsLibrarianAsync(user, cancellationToken);
        switch (VisibilityOf(item, user, isLibrarian))
        {
            case LibraryItemVisibility.NotFound: return (StatusCodes.Status404NotFound, null);
            case LibraryItemVisibility.Tombstone: return (StatusCodes.Status410Gone, null);
        }
        if (!FilesOpen(item, user, isLibrarian)) return (StatusCodes.Status403Forbidden, null);
        var file = version is null ? item.CurrentFile : item.Files.FirstOrDefault(f => f.Number == version);
        return file is null ? (StatusCodes.Status404NotFound, null) : (StatusCodes.Status200OK, new LibraryFileAccess(file.DocumentId, file.FileName, item.Id));
    }

    public async Task<CitationSource?> CitationAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var view = await ReadAsync(id, new ClaimsPrincipal(new ClaimsIdentity()), System.Globalization.CultureInfo.InvariantCulture, cancellationToken);
        return view?.Visibility == LibraryItemVisibility.Public ? view.Citation : null;
    }

    /// <summary>The item a persistent identifier names, for the resolver.</summary>
    public async Task<Guid?> ResolveAsync(int year, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LibraryItems.Where(i => i.IdentifierYear == year && i.IdentifierNumber == number)
            .Select(i => (Guid?)i.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private static LibraryItemVisibility VisibilityOf(LibraryItem item, ClaimsPrincipal user, bool isLibrarian) => item.Status switch
    {
        LibraryItemStatus.Published => LibraryItemVisibility.Public,
        LibraryItemStatus.Withdrawn => LibraryItemVisibility.Tombstone,
        _ when isLibrarian || item.SubmitterId == user.MemberId() => LibraryItemVisibility.Private,
        _ => LibraryItemVisibility.NotFound,
    };

    private bool FilesOpen(LibraryItem item, ClaimsPrincipal user, bool isLibrarian)
    {
        if (isLibrarian || item.SubmitterId == user.MemberId()) return true;
        var today = DateOnly.FromDateTime(PortalTime.ToKyiv(clock.GetUtcNow()).DateTime);
        return item.Status == LibraryItemStatus.Published && !item.IsUnderEmbargo(today);
    }
}
