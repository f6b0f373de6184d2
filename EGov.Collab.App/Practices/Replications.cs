using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

public sealed record ReplicationForm(Guid? CommunityId, string NotesUk, string NotesEn, DateOnly? ReplicatedOn);

/// <summary>"We replicated this": a member records it for a community, once per community; the author is told.</summary>
public sealed class Replications(
    IDbContextFactory<CollabDbContext> dbFactory,
    PracticesAccess access,
    NotificationCenter notifications,
    TimeProvider clock)
{
    public async Task<Result<Guid>> RecordAsync(ClaimsPrincipal user, Guid practiceId, ReplicationForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await access.IsMemberAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (form.CommunityId is not { } communityId) return CommonErrors.Required(nameof(ReplicationForm.CommunityId));
        if (form.ReplicatedOn is not { } on) return CommonErrors.Required(nameof(ReplicationForm.ReplicatedOn));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null || !practice.IsPublic) return CommonErrors.NotFound;
        if (!await db.Communities.AnyAsync(c => c.Id == communityId, cancellationToken)) return CommonErrors.Invalid(nameof(ReplicationForm.CommunityId));
        var existing = await db.PracticeReplications.Where(r => r.PracticeId == practiceId).Select(r => r.CommunityId).ToListAsync(cancellationToken);
        var memberId = user.MemberId()!.Value;
        var organisationId = await db.Users.Where(u => u.Id == memberId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var recorded = Replication.Record(practice, communityId, organisationId, form.NotesUk, form.NotesEn, on, existing, memberId, now);
        if (!recorded.IsSuccess) return recorded.Error!;
        db.PracticeReplications.Add(recorded.Value);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Practices, PracticeAudit.Replicated, PracticeAudit.Subject(practiceId), null, $"community:{communityId}", now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two members of one community pressed at once: the unique key decided, the second is told it is already there.
            return PracticeErrors.AlreadyReplicated;
        }
        if (practice.AuthorId != memberId)
        {
            var community = await db.Communities.Where(c => c.Id == communityId).Select(c => c.NameUk).SingleAsync(cancellationToken);
            await notifications.NotifyAsync([practice.AuthorId], ModuleKey.Practices, "Practices.Notify.Replicated", [practice.TitleUk, community],
                PracticeLinks.Practice(practiceId), cancellationToken);
        }
        return recorded.Value.Id;
    }

    /// <summary>The communities a member may pick: every community of the codifier, by name.</summary>
    public async Task<IReadOnlyList<Community>> CommunitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Communities.AsNoTracking().OrderBy(c => c.NameUk).ToListAsync(cancellationToken);
    }
}
