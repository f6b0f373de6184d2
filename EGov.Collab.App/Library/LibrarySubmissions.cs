using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>The outcome of an upload: the item, or an error; for a file already in the library, the item that holds it.</summary>
public sealed record LibraryUploadOutcome(Guid? ItemId, Error? Error, Guid? DuplicateOf = null)
{
    public bool IsSuccess => Error is null;
}

public enum LibraryDecision
{
    Accept = 1,
    Return = 2,
    Reject = 3,
}

/// <summary>
/// The deposit workflow: a member submits a PDF with its metadata and licence; a librarian accepts (with an optional
/// embargo), returns with a comment or rejects with a reason; a published item may get new file versions or be withdrawn.
/// Metadata is checked before the file is stored, so a refused submission leaves nothing behind.
/// </summary>
public sealed class LibrarySubmissions(
    IDbContextFactory<CollabDbContext> dbFactory,
    IDocumentStore documents,
    LibraryAccess access,
    LibraryNotifier notifier,
    ISearchIndexer indexer,
    TimeProvider clock)
{
    public async Task<LibraryUploadOutcome> SubmitAsync(ClaimsPrincipal user, LibraryItemForm form, Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var allowed = await access.EnsureMemberAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return new(null, allowed.Error);
        var memberId = user.MemberId()!.Value;
        var now = clock.GetUtcNow();
        var metadata = form.ToMetadata();
        var checkedForm = await CheckFormAsync(form, metadata, now, cancellationToken);
        if (!checkedForm.IsSuccess) return new(null, checkedForm.Error);

        var stored = await StoreAsync(file, fileName, memberId, cancellationToken);
        if (!stored.IsSuccess) return stored.Outcome;

        var submitted = LibraryItem.Submit(form.CollectionId!.Value, memberId, metadata, form.LicenceGranted, stored.Document!.Id, stored.Document.FileName, stored.Document.Length, now);
        if (!submitted.IsSuccess) return new(null, submitted.Error);
        var item = submitted.Value;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.LibraryItems.Add(item);
            db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Library, "Library.Audit.Submitted", $"library-item:{item.Id}", null, item.Title(LibraryLanguages.Ukrainian), now));
            await db.SaveChangesAsync(cancellationToken);
        }
        await notifier.SubmittedAsync(item, cancellationToken);
        return new(item.Id, null);
    }

    /// <summary>The submitter corrects a returned item (metadata only; the file stays) and sends it for review again.</summary>
    public async Task<Result> ResubmitAsync(ClaimsPrincipal user, Guid itemId, LibraryItemForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var metadata = form.ToMetadata();
        var checkedForm = await CheckFormAsync(form, metadata, now, cancellationToken);
        if (!checkedForm.IsSuccess) return checkedForm;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.FindWithPartsAsync(itemId, cancellationToken);
        if (item is null) return CommonErrors.NotFound;
        if (item.SubmitterId != memberId) return CommonErrors.Forbidden;
        var result = item.Resubmit(form.CollectionId!.Value, metadata, form.LicenceGranted, now);
        if (!result.IsSuccess) return result;
        var saved = await SaveAsync(db, cancellationToken);
        if (saved.IsSuccess) await notifier.SubmittedAsync(item, cancellationToken);
        return saved;
    }

    /// <summary>A librarian corrects the metadata of an item that is waiting or published.</summary>
    public async Task<Result> EditAsync(ClaimsPrincipal user, Guid itemId, LibraryItemForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var allowed = await access.EnsureLibrarianAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        var now = clock.GetUtcNow();
        var metadata = form.ToMetadata();
        form.LicenceGranted = true;
        var checkedForm = await CheckFormAsync(form, metadata, now, cancellationToken);
        if (!checkedForm.IsSuccess) return checkedForm;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.FindWithPartsAsync(itemId, cancellationToken);
        if (item is null) return CommonErrors.NotFound;
        var result = item.Edit(form.CollectionId!.Value, metadata, now);
        if (!result.IsSuccess) return result;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Library, "Library.Audit.Edited", $"library-item:{item.Id}", null, item.Title(LibraryLanguages.Ukrainian), now));
        var saved = await SaveAsync(db, cancellationToken);
        if (saved.IsSuccess) await indexer.RefreshAsync(ModuleKey.Library, item.Id.ToString(), cancellationToken);
        return saved;
    }

    public async Task<Result> DecideAsync(ClaimsPrincipal user, Guid itemId, LibraryDecision decision, string? comment, DateOnly? embargoUntil, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureLibrarianAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        var now = clock.GetUtcNow();
        var kyiv = PortalTime.ToKyiv(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.FindWithPartsAsync(itemId, cancellationToken);
        if (item is null) return CommonErrors.NotFound;
        Result result;
        if (decision == LibraryDecision.Accept)
        {
            // The next number of the year; the unique key on (year, number) is the arbiter between two librarians.
            var last = await db.LibraryItems.Where(i => i.IdentifierYear == kyiv.Year).MaxAsync(i => (int?)i.IdentifierNumber, cancellationToken) ?? 0;
            result = item.Accept(kyiv.Year, last + 1, embargoUntil, now, DateOnly.FromDateTime(kyiv.DateTime));
        }
        else
        {
            result = decision == LibraryDecision.Return ? item.Return(comment ?? "", now) : item.Reject(comment ?? "", now);
        }
        if (!result.IsSuccess) return result;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Library, "Library.Audit." + decision, $"library-item:{item.Id}", null, item.Comment ?? item.PersistentId, now));
        var saved = await SaveAsync(db, cancellationToken);
        if (!saved.IsSuccess) return saved;
        await notifier.DecidedAsync(item, cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Library, item.Id.ToString(), cancellationToken);
        return saved;
    }

    public async Task<Result> WithdrawAsync(ClaimsPrincipal user, Guid itemId, string? reason, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureLibrarianAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.FindWithPartsAsync(itemId, cancellationToken);
        if (item is null) return CommonErrors.NotFound;
        var result = item.Withdraw(reason ?? "", now);
        if (!result.IsSuccess) return result;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Library, "Library.Audit.Withdrawn", $"library-item:{item.Id}", null, item.Comment, now));
        var saved = await SaveAsync(db, cancellationToken);
        if (!saved.IsSuccess) return saved;
        await notifier.DecidedAsync(item, cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Library, item.Id.ToString(), cancellationToken);
        return saved;
    }

    /// <summary>A librarian adds a new version of the item's file; the item keeps its identifier.</summary>
    public async Task<LibraryUploadOutcome> AddVersionAsync(ClaimsPrincipal user, Guid itemId, Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureLibrarianAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return new(null, allowed.Error);
        var memberId = user.MemberId()!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.FindWithPartsAsync(itemId, cancellationToken);
        if (item is null) return new(null, CommonErrors.NotFound);
        if (item.Status is LibraryItemStatus.Withdrawn or LibraryItemStatus.Rejected) return new(null, LibraryErrors.AlreadyWithdrawn);
        var stored = await StoreAsync(file, fileName, memberId, cancellationToken);
        if (!stored.IsSuccess) return stored.Outcome;
        var now = clock.GetUtcNow();
        var added = item.AddVersion(stored.Document!.Id, stored.Document.FileName, stored.Document.Length, memberId, now);
        if (!added.IsSuccess) return new(null, added.Error);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Library, "Library.Audit.VersionAdded", $"library-item:{item.Id}", null, $"v{added.Value.Number}", now));
        var saved = await SaveAsync(db, cancellationToken);
        if (!saved.IsSuccess) return new(null, saved.Error);
        await indexer.RefreshAsync(ModuleKey.Library, item.Id.ToString(), cancellationToken);
        return new(item.Id, null);
    }

    private async Task<Result> CheckFormAsync(LibraryItemForm form, LibraryMetadata metadata, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (form.CollectionId is null) return CommonErrors.Required(nameof(LibraryItemForm.CollectionId));
        var valid = metadata.Validate(now);
        if (!valid.IsSuccess) return valid;
        if (!form.LicenceGranted) return LibraryErrors.LicenceNotGranted;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.LibraryCollections.AnyAsync(c => c.Id == form.CollectionId, cancellationToken))
            return CommonErrors.Invalid(nameof(LibraryItemForm.CollectionId));
        if (metadata.CoverageCommunityId is { } community && !await db.Communities.AnyAsync(c => c.Id == community, cancellationToken))
            return CommonErrors.Invalid(nameof(LibraryItemForm.CoverageCommunityId));
        return Result.Success();
    }

    private async Task<StoreOutcome> StoreAsync(Stream file, string fileName, Guid memberId, CancellationToken cancellationToken)
    {
        var saved = await documents.SaveAsync(file, fileName, LibraryText.PdfUpload with { UploadedBy = memberId }, cancellationToken);
        if (!saved.IsSuccess) return new(null, new(null, saved.Error));
        var document = saved.Value;
        if (document.Kind != DocumentKind.Pdf) return new(null, new(null, LibraryErrors.NotAPdf));
        if (document.AlreadyStored)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var holder = await db.LibraryFiles.Where(f => f.DocumentId == document.Id).Select(f => (Guid?)f.ItemId).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null) return new(null, new(null, LibraryErrors.DuplicateFile, holder));
        }
        return new(document, new(null, null));
    }

    private static async Task<Result> SaveAsync(CollabDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonErrors.ConcurrentChange;
        }
        catch (DbUpdateException)
        {
            // Two librarians accepted at the same moment and took the same number: the second one tries again.
            return CommonErrors.ConcurrentChange;
        }
    }

    private sealed record StoreOutcome(StoredDocument? Document, LibraryUploadOutcome Outcome)
    {
        public bool IsSuccess => Document is not null;
    }
}
