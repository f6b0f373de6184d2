using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

public sealed record ExpertSummary(Guid MemberId, string Name, string? Position, string? Organisation, string? RegionCode, IReadOnlyList<string> Expertise);

public sealed record ExpertProfile(ExpertSummary Expert, string? Biography, string? Publications, ClubMemberStatus Status);

public sealed record Application(Guid Id, Guid MemberId, string Name, string Email, string Expertise, string? Biography, DateTimeOffset AppliedAt);

/// <summary>Joining the club (apply, approve, decline, remove) and the experts' public profiles.</summary>
public sealed class ClubMembership(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access, NotificationCenter notifications, TimeProvider clock)
{
    /// <summary>The caller's own membership row (status and profile), if any.</summary>
    public async Task<ClubMember?> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ClubMembers.AsNoTracking().SingleOrDefaultAsync(m => m.MemberId == memberId, cancellationToken);
    }

    /// <summary>Applies to join, or, for an approved member, updates the profile.</summary>
    public async Task<Result> ApplyOrUpdateAsync(ClaimsPrincipal user, string? expertise, string? biography, string? publications, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var existing = await db.ClubMembers.SingleOrDefaultAsync(m => m.MemberId == memberId, cancellationToken);
        Result result;
        if (existing is null)
        {
            var created = ClubMember.Apply(memberId, expertise, biography, publications, now);
            if (created.IsSuccess) db.ClubMembers.Add(created.Value);
            result = created;
        }
        else
        {
            result = existing.Status is ClubMemberStatus.Pending or ClubMemberStatus.Approved
                ? existing.UpdateProfile(expertise, biography, publications)
                : existing.Reapply(expertise, biography, publications, now);
        }
        if (!result.IsSuccess) return result;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result<IReadOnlyList<Application>>> PendingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!(await access.ViewerAsync(user, cancellationToken)).IsModerator) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from m in db.ClubMembers.AsNoTracking()
                          join u in db.Users on m.MemberId equals u.Id
                          where m.Status == ClubMemberStatus.Pending
                          select new { m, u.FullName, u.Email }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.m.AppliedAt).Select(r => new Application(r.m.Id, r.m.MemberId, r.FullName, r.Email ?? "", r.m.Expertise, r.m.Biography, r.m.AppliedAt)).ToList();
    }

    public Task<Result> ApproveAsync(ClaimsPrincipal user, Guid applicationId, CancellationToken cancellationToken = default) =>
        DecideAsync(user, applicationId, (m, by, now) => m.Approve(by, now), "ExpertClub.Audit.Approved", "Notification.ExpertClub.Approved", cancellationToken);

    public Task<Result> DeclineAsync(ClaimsPrincipal user, Guid applicationId, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(user, applicationId, (m, by, now) => m.Decline(by, reason, now), "ExpertClub.Audit.Declined", "Notification.ExpertClub.Declined", cancellationToken);

    /// <summary>Removes a member from the club: they keep reading but no longer write (their Expert role, if any, no longer counts).</summary>
    public async Task<Result> RemoveAsync(ClaimsPrincipal user, Guid memberId, string? reason, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var member = await db.ClubMembers.SingleOrDefaultAsync(m => m.MemberId == memberId, cancellationToken);
        if (member is null)
        {
            // An Expert-role holder who never applied: a removed row is what takes the role's writing right away.
            var created = ClubMember.Apply(memberId, "—", null, null, now).Value;
            created.Approve(viewer.MemberId!.Value, now);
            db.ClubMembers.Add(created);
            member = created;
        }
        var removed = member.Remove(viewer.MemberId!.Value, reason, now);
        if (!removed.IsSuccess) return removed;
        db.AuditEntries.Add(AuditEntry.Record(viewer.MemberId, ModuleKey.ExpertClub, "ExpertClub.Audit.Removed", $"member:{memberId}", null, reason, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>The club's active experts: approved members and Expert-role holders, minus removed ones.</summary>
    public async Task<IReadOnlyList<ExpertSummary>> ExpertsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ClubMembers.AsNoTracking().ToListAsync(cancellationToken);
        var granted = await db.ModuleRoleGrants.Where(g => g.Module == ModuleKey.ExpertClub && g.Role == ModuleRole.Expert).Select(g => g.MemberId).ToListAsync(cancellationToken);
        var ids = rows.Where(r => r.Status == ClubMemberStatus.Approved).Select(r => r.MemberId)
            .Concat(granted.Where(id => rows.All(r => r.MemberId != id))).Distinct().ToList();
        var summaries = await SummariesAsync(db, ids, rows, cancellationToken);
        return summaries.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<ExpertProfile?> ProfileAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ClubMembers.AsNoTracking().SingleOrDefaultAsync(m => m.MemberId == memberId, cancellationToken);
        var granted = await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == memberId && g.Module == ModuleKey.ExpertClub && g.Role == ModuleRole.Expert, cancellationToken);
        if (row is not { Status: ClubMemberStatus.Approved } && !(row is null && granted)) return null;
        var summary = (await SummariesAsync(db, [memberId], row is null ? [] : [row], cancellationToken)).SingleOrDefault();
        return summary is null ? null : new ExpertProfile(summary, row?.Biography, row?.Publications, row?.Status ?? ClubMemberStatus.Approved);
    }

    private static async Task<List<ExpertSummary>> SummariesAsync(CollabDbContext db, List<Guid> ids, List<ClubMember> rows, CancellationToken cancellationToken)
    {
        var people = await (from u in db.Users.AsNoTracking()
                            where ids.Contains(u.Id)
                            join o in db.Organisations on u.OrganisationId equals o.Id into organisations
                            from o in organisations.DefaultIfEmpty()
                            select new { u.Id, u.FullName, u.Position, Organisation = o == null ? null : o.Name, u.RegionCode }).ToListAsync(cancellationToken);
        return people.Select(p => new ExpertSummary(p.Id, p.FullName, p.Position, p.Organisation, p.RegionCode,
            rows.FirstOrDefault(r => r.MemberId == p.Id)?.ExpertiseAreas ?? [])).ToList();
    }

    private async Task<Result> DecideAsync(ClaimsPrincipal user, Guid applicationId, Func<ClubMember, Guid, DateTimeOffset, Result> decide, string action, string notification, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.ClubMembers.SingleOrDefaultAsync(m => m.Id == applicationId, cancellationToken);
        if (member is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var decided = decide(member, viewer.MemberId!.Value, now);
        if (!decided.IsSuccess) return decided;
        db.AuditEntries.Add(AuditEntry.Record(viewer.MemberId, ModuleKey.ExpertClub, action, $"member:{member.MemberId}", null, member.DecisionReason, now));
        await db.SaveChangesAsync(cancellationToken);
        await notifications.NotifyAsync([member.MemberId], ModuleKey.ExpertClub, notification, [], ClubLinks.Join, cancellationToken);
        return Result.Success();
    }
}
