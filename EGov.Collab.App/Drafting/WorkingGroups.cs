using System.Globalization;
using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

public sealed record GroupSummary(Guid Id, string Name, GroupVisibility Visibility, GroupRole Role, int Members, int Drafts);

public sealed record GroupPerson(Guid MemberId, string FullName, string? Organisation, string? RegionCode, GroupRole Role);

/// <summary>A pending or answered invitation as its chair sees it: the member's name when the address is a member's.</summary>
public sealed record GroupInvite(Guid Id, string Invitee, InvitationStatus Status, DateTimeOffset SentAt);

/// <summary>A confirmed member a chair may invite, found by name; never their address.</summary>
public sealed record GroupCandidate(Guid Id, string FullName, string? Organisation);

public sealed record GroupView(Guid Id, string Name, string Description, GroupVisibility Visibility, bool IsChair, bool IsMember,
    IReadOnlyList<GroupPerson> Members, IReadOnlyList<GroupInvite> Invitations, IReadOnlyList<DraftSummary> Drafts);

public sealed record InvitationView(Guid Id, Guid GroupId, string GroupName, string Email, InvitationStatus Status);

/// <summary>Working groups: create, invite (mail with an accept link, or picking a member), accept, decline, leave, roles.</summary>
public sealed class WorkingGroups(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, IMailSender mail, PublicLinks links, MemberSearchThrottle searchThrottle, ILogger<WorkingGroups> logger,
    IStringLocalizer<DraftingResource> text, INotifier notifier)
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
        var invitations = isChair ? await InvitesAsync(db, group, cancellationToken) : [];
        var drafts = await db.Drafts.AsNoTracking().Where(d => d.GroupId == groupId).OrderBy(d => d.Title).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new GroupView(group.Id, group.Name, group.Description, group.Visibility, isChair, true, members, invitations,
            drafts.Select(d => DraftSummary.Of(d, group.Name, now)).ToList());
    }

    /// <summary>Invites by e-mail; the mail carries the accept link. The invitation stands even if the mail fails (the chair sees it pending).</summary>
    public async Task<Result> InviteAsync(ClaimsPrincipal user, Guid groupId, string email, CancellationToken cancellationToken = default)
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
        await SendInvitationAsync(group.Name, invited.Value, cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Invites a confirmed member picked by name: they join only by accepting (the mail and the invitation page), never
    /// without their consent.
    /// </summary>
    public async Task<Result<Guid>> InviteMemberAsync(ClaimsPrincipal user, Guid groupId, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } chairId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.WorkingGroups.Include(g => g.Members).Include(g => g.Invitations).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        var email = await db.Users.Where(u => u.Id == memberId && u.EmailConfirmed).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (group is null || email is null) return CommonErrors.NotFound;
        var invited = group.Invite(chairId, email, memberId, clock.GetUtcNow());
        if (!invited.IsSuccess) return invited.Error!;
        await db.SaveChangesAsync(cancellationToken);
        await SendInvitationAsync(group.Name, invited.Value, cancellationToken);
        return invited.Value.Id;
    }

    /// <summary>
    /// Confirmed members outside the group whose name contains <paramref name="search"/> (at least
    /// <see cref="MemberSearchThrottle.MinTermLength"/> characters), for the group's chairs only and rate-limited per
    /// chair. Names and organisations only: addresses are never searched nor shown.
    /// </summary>
    public async Task<IReadOnlyList<GroupCandidate>> CandidatesAsync(ClaimsPrincipal user, Guid groupId, string? search, CancellationToken cancellationToken = default)
    {
        var term = (search ?? "").Trim();
        if (user.MemberId() is not { } chairId || term.Length < MemberSearchThrottle.MinTermLength) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.GroupMembers.AnyAsync(m => m.GroupId == groupId && m.MemberId == chairId && m.Role == GroupRole.Chair, cancellationToken)) return [];
        if (!searchThrottle.TryTake(chairId.ToString())) return [];
        var inGroup = db.GroupMembers.Where(m => m.GroupId == groupId).Select(m => m.MemberId);
        var people = await db.Users.Where(u => u.EmailConfirmed && !inGroup.Contains(u.Id))
            .Where(u => u.LockoutEnd != AccountLock.ByAdministrator || u.LockoutEnd == null)
            .Select(u => new { u.Id, u.FullName, u.OrganisationId }).ToListAsync(cancellationToken);
        var found = people.Where(u => u.FullName.Contains(term, StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(u => u.FullName, StringComparer.CurrentCulture).Take(20).ToList();
        var organisationIds = found.Where(u => u.OrganisationId != null).Select(u => u.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return found.Select(u => new GroupCandidate(u.Id, u.FullName, u.OrganisationId is { } id ? organisations.GetValueOrDefault(id) : null)).ToList();
    }

    private static async Task<IReadOnlyList<GroupInvite>> InvitesAsync(CollabDbContext db, WorkingGroup group, CancellationToken cancellationToken)
    {
        var emails = group.Invitations.Select(i => i.Email.ToUpperInvariant()).Distinct().ToList();
        var names = await db.Users.Where(u => u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail))
            .ToDictionaryAsync(u => u.NormalizedEmail!, u => u.FullName, cancellationToken);
        return group.Invitations.OrderByDescending(i => i.SentAt)
            .Select(i => new GroupInvite(i.Id, names.GetValueOrDefault(i.Email.ToUpperInvariant()) ?? i.Email, i.Status, i.SentAt)).ToList();
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
    /// <summary>A member is told under the bell (and by mail as they chose); an address that is no member yet gets the mail.</summary>
    private async Task SendInvitationAsync(string groupName, GroupInvitation invitation, CancellationToken cancellationToken)
    {
        var path = $"/drafting/invitations/{invitation.Id}";
        var link = links.Absolute(path);
        var invitee = await InviteeAsync(invitation.Email, cancellationToken);
        string subject, html, plain;
        using (RecipientCulture.Use(invitee?.PreferredCulture))
        {
            subject = string.Format(CultureInfo.CurrentCulture, text["Mail.Invitation.Subject"], groupName);
            var body = string.Format(CultureInfo.CurrentCulture, text["Mail.Invitation.Body"], groupName);
            var answer = text["Mail.Invitation.Answer"].Value;
            plain = $"{body}\n\n{answer}: {link}\n";
            html = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(answer)}</a></p>";
        }
        var message = new PortalMail(invitation.Email, subject, html, plain);
        try
        {
            if (invitee is null) await mail.SendAsync(message, cancellationToken);
            else await notifier.NotifyAsync(invitee.Id, NotificationTypes.DraftingInvited, [groupName], path, message, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not send the invitation {InvitationId}", invitation.Id);
        }
    }
#pragma warning restore CA1031

    private sealed record Invitee(Guid Id, string? PreferredCulture);

    /// <summary>The invited member (for the bell and their language); an address that is no member yet is null and gets the portal's default.</summary>
    private async Task<Invitee?> InviteeAsync(string email, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => new Invitee(u.Id, u.PreferredCulture)).FirstOrDefaultAsync(cancellationToken);
    }

}
