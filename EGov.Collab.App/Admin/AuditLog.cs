using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Admin;

public sealed record AuditQuery(string? Action = null, string? Subject = null, ModuleKey? Module = null, int Page = 0, int PageSize = 50);

public sealed record AuditRow(
    Guid Id,
    DateTimeOffset At,
    Guid? ActorId,
    string? ActorName,
    ModuleKey? Module,
    string Action,
    string Subject,
    string? SubjectName,
    string? Before,
    string? After);

/// <summary>Reads the audit log for portal administrators: newest first, filtered by action, subject and module.</summary>
public sealed class AuditLog(IDbContextFactory<CollabDbContext> dbFactory, ModuleAccess access)
{
    public async Task<Result<PagedList<AuditRow>>> ListAsync(ClaimsPrincipal user, AuditQuery query, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action)) entries = entries.Where(a => a.Action == query.Action);
        if (query.Module is { } module) entries = entries.Where(a => a.Module == module);
        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            // Subjects are ASCII ("member:0190…"), so LIKE's case folding is enough here.
            var pattern = "%" + query.Subject.Trim() + "%";
            entries = entries.Where(a => EF.Functions.Like(a.Subject, pattern));
        }

        var total = await entries.CountAsync(cancellationToken);
        var (skip, take) = PagedList<AuditRow>.Window(query.Page, query.PageSize);
        var page = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);

        // Names for the people and organisations the page mentions, so the log reads as more than ids.
        var memberIds = page.Select(e => e.ActorId).OfType<Guid>()
            .Concat(page.Select(e => SubjectId(e.Subject, AuditSubjects.MemberPrefix)).OfType<Guid>()).Distinct().ToList();
        var organisationIds = page.Select(e => SubjectId(e.Subject, AuditSubjects.OrganisationPrefix)).OfType<Guid>().Distinct().ToList();
        var members = await db.Users.Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var rows = page.Select(e => new AuditRow(
                e.Id, e.At, e.ActorId, e.ActorId is { } actor ? members.GetValueOrDefault(actor) : null, e.Module, e.Action, e.Subject,
                SubjectId(e.Subject, AuditSubjects.MemberPrefix) is { } member ? members.GetValueOrDefault(member)
                    : SubjectId(e.Subject, AuditSubjects.OrganisationPrefix) is { } organisation ? organisations.GetValueOrDefault(organisation)
                    : null,
                e.Before, e.After))
            .ToList();
        return new PagedList<AuditRow>(rows, total);
    }

    private static Guid? SubjectId(string subject, string prefix) =>
        subject.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(subject.AsSpan(prefix.Length), out var id) ? id : null;

    /// <summary>The actions that occur in the log, for the filter.</summary>
    public async Task<Result<IReadOnlyList<string>>> ActionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actions = await db.AuditEntries.Select(a => a.Action).Distinct().ToListAsync(cancellationToken);
        return actions.Order(StringComparer.Ordinal).ToList();
    }
}
