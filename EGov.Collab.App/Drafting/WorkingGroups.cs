using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

public sealed record GroupSummary(Guid Id, string Name, GroupVisibility Visibility, GroupRole Role, int Members, int Drafts);

public sealed record GroupPerson(Guid MemberId, string FullName, string? Organisation, string? RegionCode, GroupRole Role);

public sealed record GroupInvite(Guid Id, string Email, InvitationStatus Status, DateTimeOffset SentAt);

public sealed record GroupView(Guid Id, string Name, string Description, GroupVisibility Visibility, bool IsChair, bool IsMember,
    IReadOnlyList<GroupPerson> Members, IReadOnlyList<GroupInvite> Invitations, IReadOnlyList<DraftSummary> Drafts);

public sealed record InvitationView(Guid Id, Guid GroupId, string GroupName, string Email, InvitationStatus Status);

/// <summary>Working groups: create, invite (mail with an accept link, or picking a member), accept, decline, leave, roles.</summary>
public sealed class WorkingGroups(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, IMailSender mail, ILogger<WorkingGroups> logger)
{
    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, string name, string? description, GroupVisibility visibility, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var created = WorkingGroup.Create(name, description, visibility, memberId, now);
        if (!created.IsSuccess) return created.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.WorkingGroups.Add(created.Value);
        db.AuditEntries.Add(DraftingAudit.Record(memberId, DraftingAudit.GroupCreated, DraftingAudit.Group(created.Value.Id), null, created.Value.Name, now));
        await db.SaveChangesAsync(cancellationToken);
        return created.Value.Id;
    }

    public async Task<IReadOnlyList<GroupSummary>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.GroupMembers.Where(m => m.MemberId == memberId)
            .Join(db.WorkingGroups, m => m.GroupId, g => g.Id, (m, g) => new GroupSummary(g.Id, g.Name, g.Visibility, m.Role,
                db.GroupMembers.Count(x => x.GroupId == g.Id), db.Drafts.Count(d => d.GroupId == g.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The group page; members only (others get NotFound, so a group's existence does not leak).</summary>
    public async Task<Result<GroupView>> ViewAsync(ClaimsPrincipal user, Guid groupId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.WorkingGroups.AsNoTracking().Include(g => g.Members).Include(g => g.Invitations)
            .SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || memberId is null || !group.IsMember(memberId.Value)) return CommonErrors.NotFound;
        var ids = group.Members.Select(m => m.MemberId).ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.RegionCode, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var members = group.Members
            .Select(m => new GroupPerson(m.MemberId, people[m.MemberId].FullName, people[m.MemberId].Organisation, people[m.MemberId].RegionCode, m.Role))
            .OrderByDescending(p => p.Role).ThenBy(p => p.FullName, StringComparer.CurrentCulture).ToList();
        var isChair = group.IsChair(memberId.Value);
        var invitations = isChair
            ? group.Invitations.OrderByDescending(i => i.SentAt).Select(i => new GroupInvite(i.Id, i.Email, i.Status, i.SentAt)).ToList()
            : [];
        var drafts = await db.Drafts.AsNoTracking().Where(d => d.GroupId == groupId).OrderBy(d => d.Title).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new GroupView(group.Id, group.Name, group.Description, group.Visibility, isChair, true, members, invitations,
            drafts.Select(d => DraftSummary.Of(d, group.Name, now)).ToList());
    }

    /// <summary>Invites by e-mail; the mail carries the accept link. The invitation stands even if the mail fails (the chair sees it pending).</summary>
    public async Task<Result> InviteAsync(ClaimsPrincipal user, Guid groupId, string email, string baseUri, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } chairId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.WorkingGroups.Include(g => g.Members).Include(g => g.Invitations).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null) return CommonErrors.NotFound;
        var normalized = (email ?? "").Trim().ToUpperInvariant();
        var existing = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        var invited = group.Invite(chairId, email ?? "", existing, clock.GetUtcNow());
        if (!invited.IsSuccess) return invited.Error!;
        await db.SaveChangesAsync(cancellationToken);
        await SendInvitationAsync(group.Name, invited.Value, baseUri, cancellationToken);
        return Result.Success();
    }

    public async Task<Result> AddMemberAsync(ClaimsPrincipal user, Guid groupId, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } chairId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.WorkingGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || !await db.Users.AnyAsync(u => u.Id == memberId, cancellationToken)) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var added = group.AddMember(chairId, memberId, now);
        if (!added.IsSuccess) return added;
        db.AuditEntries.Add(DraftingAudit.Record(chairId, DraftingAudit.MemberJoined, DraftingAudit.Group(groupId), null, $"member:{memberId}", now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<IReadOnlyList<(Guid Id, string FullName, string Email)>> CandidatesAsync(ClaimsPrincipal user, Guid groupId, string? search, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inGroup = db.GroupMembers.Where(m => m.GroupId == groupId).Select(m => m.MemberId);
        var all = await db.Users.Where(u => !inGroup.Contains(u.Id)).OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
        var term = (search ?? "").Trim();
        return all.Where(u => term.Length == 0 || u.FullName.Contains(term, StringComparison.CurrentCultureIgnoreCase) || (u.Email ?? "").Contains(term, StringComparison.OrdinalIgnoreCase))
            .Take(20).Select(u => (u.Id, u.FullName, u.Email ?? "")).ToList();
    }

    public async Task<InvitationView?> InvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.GroupInvitations.Where(i => i.Id == invitationId)
            .Join(db.WorkingGroups, i => i.GroupId, g => g.Id, (i, g) => new InvitationView(i.Id, g.Id, g.Name, i.Email, i.Status))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<Result> AcceptAsync(ClaimsPrincipal user, Guid invitationId, CancellationToken cancellationToken = default) =>
        AnswerAsync(user, invitationId, accept: true, cancellationToken);

    public Task<Result> DeclineAsync(ClaimsPrincipal user, Guid invitationId, CancellationToken cancellationToken = default) =>
        AnswerAsync(user, invitationId, accept: false, cancellationToken);

    public async Task<Result> LeaveAsync(ClaimsPrincipal user, Guid groupId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.WorkingGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null) return CommonErrors.NotFound;
        var left = group.Leave(memberId);
        if (!left.IsSuccess) return left;
        db.AuditEntries.Add(DraftingAudit.Record(memberId, DraftingAudit.MemberLeft, DraftingAudit.Group(groupId), $"member:{memberId}", null, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SetRoleAsync(ClaimsPrincipal user, Guid groupId, Guid memberId, GroupRole role, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } chairId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.WorkingGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null) return CommonErrors.NotFound;
        var before = group.Members.SingleOrDefault(m => m.MemberId == memberId)?.Role;
        var changed = group.SetRole(chairId, memberId, role);
        if (!changed.IsSuccess) return changed;
        db.AuditEntries.Add(DraftingAudit.Record(chairId, DraftingAudit.RoleChanged, DraftingAudit.Group(groupId),
            $"member:{memberId} {before}", $"member:{memberId} {role}", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private async Task<Result> AnswerAsync(ClaimsPrincipal user, Guid invitationId, bool accept, CancellationToken cancellationToken)
    {
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var email = await db.Users.Where(u => u.Id == memberId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken) ?? "";
        var groupId = await db.GroupInvitations.Where(i => i.Id == invitationId).Select(i => (Guid?)i.GroupId).SingleOrDefaultAsync(cancellationToken);
        if (groupId is null) return CommonErrors.NotFound;
        var group = await db.WorkingGroups.Include(g => g.Members).Include(g => g.Invitations).SingleAsync(g => g.Id == groupId, cancellationToken);
        var now = clock.GetUtcNow();
        var answered = accept ? group.Accept(invitationId, memberId, email, now) : group.Decline(invitationId, email, now);
        if (!answered.IsSuccess) return answered;
        if (accept) db.AuditEntries.Add(DraftingAudit.Record(memberId, DraftingAudit.MemberJoined, DraftingAudit.Group(group.Id), null, $"member:{memberId}", now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

#pragma warning disable CA1031 // A mail failure must not undo the invitation; it is logged and the chair sees it pending.
    private async Task SendInvitationAsync(string groupName, GroupInvitation invitation, string baseUri, CancellationToken cancellationToken)
    {
        var link = $"{baseUri.TrimEnd('/')}/drafting/invitations/{invitation.Id}";
        var subject = $"Запрошення до робочої групи «{groupName}»";
        var text = $"Вас запрошено до робочої групи «{groupName}» на порталі «Ми розвиваємо електронне урядування».\n\nПрийняти або відхилити запрошення: {link}\n";
        var html = $"<p>Вас запрошено до робочої групи «{WebUtility.HtmlEncode(groupName)}».</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Прийняти або відхилити запрошення</a></p>";
        try
        {
            await mail.SendAsync(new PortalMail(invitation.Email, subject, html, text), cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not send the invitation {InvitationId}", invitation.Id);
        }
    }
#pragma warning restore CA1031
}
