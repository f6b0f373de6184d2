using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>
/// Files of a practice, kept in the portal's document store: whoever may edit the practice attaches them; whoever may
/// read the practice downloads them through <c>/practices/{id}/attachments/{attachmentId}</c>.
/// </summary>
public sealed class PracticeAttachments(IDbContextFactory<CollabDbContext> dbFactory, PracticesAccess access, TimeProvider clock)
{
    public async Task<Result> AttachAsync(ClaimsPrincipal user, Guid practiceId, StoredDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null) return CommonErrors.NotFound;
        var isExpert = await access.IsExpertAsync(user, cancellationToken);
        var isAuthorEditing = practice.AuthorId == user.MemberId() && practice.Status is PracticeStatus.Draft or PracticeStatus.ChangesRequested;
        if (!isExpert && !isAuthorEditing) return CommonErrors.Forbidden;
        if (await db.PracticeAttachments.AnyAsync(a => a.PracticeId == practiceId && a.DocumentId == document.Id, cancellationToken)) return Result.Success();
        var now = clock.GetUtcNow();
        db.PracticeAttachments.Add(new PracticeAttachment(practiceId, document.Id, document.FileName, now));
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Practices, PracticeAudit.AttachmentAdded, PracticeAudit.Subject(practiceId), null, document.FileName, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>The stored document behind an attachment, or null when it does not exist or the reader may not see the practice.</summary>
    public async Task<PracticeAttachment?> FindAsync(ClaimsPrincipal user, Guid practiceId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (from a in db.PracticeAttachments.AsNoTracking()
                           join p in db.Practices on a.PracticeId equals p.Id
                           where a.Id == attachmentId && a.PracticeId == practiceId
                           select new { Attachment = a, p.Status, p.AuthorId }).SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        if (found.Status == PracticeStatus.Published || found.AuthorId == user.MemberId() || await access.IsExpertAsync(user, cancellationToken))
            return found.Attachment;
        return null;
    }
}
