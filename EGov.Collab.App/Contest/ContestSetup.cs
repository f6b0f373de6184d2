using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

public sealed record CriterionInput(string Name, string Description, int Weight, double Min, double Max);

public sealed record NominationSettings(bool BlindMode, JuryAggregation Aggregation, double DisagreementThreshold, int VotesPerMember, int JuryWeight);

public sealed record SetupNomination(Guid Id, string Title, PhaseSchedule Schedule, NominationSettings Settings,
    IReadOnlyList<CriterionView> Criteria, IReadOnlyList<(Guid MemberId, string Name)> Panel);

public sealed record SetupEdition(Guid Id, int Year, string Title, IReadOnlyList<SetupNomination> Nominations);

/// <summary>
/// Setting a contest up: editions, nominations with their dates, criteria (weights adding up to 100 %), jury rules
/// and panels. Only a contest administrator (or portal administrator); every change audited.
/// </summary>
public sealed class ContestSetup(
    IDbContextFactory<CollabDbContext> dbFactory,
    ContestAccess access,
    PanelSessions sessions,
    TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<SetupEdition>>> EditionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.ContestEditions.AsNoTracking().ToListAsync(cancellationToken);
        var nominations = await db.ContestNominations.AsNoTracking().ToListAsync(cancellationToken);
        var criteria = await db.ContestCriteria.AsNoTracking().ToListAsync(cancellationToken);
        var panel = await (from p in db.ContestPanel.AsNoTracking()
                           join m in db.Users on p.MemberId equals m.Id
                           select new { p.NominationId, p.MemberId, m.FullName }).ToListAsync(cancellationToken);
        return editions.OrderByDescending(e => e.Year).ThenBy(e => e.Title, StringComparer.Ordinal)
            .Select(e => new SetupEdition(e.Id, e.Year, e.Title, nominations.Where(n => n.EditionId == e.Id).OrderBy(n => n.Order)
                .Select(n => new SetupNomination(n.Id, n.Title, n.Schedule,
                    new NominationSettings(n.BlindMode, n.Aggregation, n.DisagreementThreshold, n.VotesPerMember, n.JuryWeight),
                    criteria.Where(c => c.NominationId == n.Id).OrderBy(c => c.Order)
                        .Select(c => new CriterionView(c.Id, c.Name, c.Description, c.Weight, c.ScaleMin, c.ScaleMax)).ToList(),
                    panel.Where(p => p.NominationId == n.Id).OrderBy(p => p.FullName, StringComparer.Ordinal)
                        .Select(p => (p.MemberId, p.FullName)).ToList())).ToList())).ToList();
    }

    /// <summary>Members holding the contest's Juror role: the only ones who may sit on a panel.</summary>
    public async Task<Result<IReadOnlyList<(Guid MemberId, string Name)>>> JurorsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jurors = await (from g in db.ModuleRoleGrants.AsNoTracking()
                            where g.Module == ModuleKey.Contest && g.Role == ModuleRole.Juror
                            join m in db.Users on g.MemberId equals m.Id
                            select new { m.Id, m.FullName }).ToListAsync(cancellationToken);
        return jurors.DistinctBy(j => j.Id).OrderBy(j => j.FullName, StringComparer.Ordinal).Select(j => (j.Id, j.FullName)).ToList();
    }

    public async Task<Result<Guid>> CreateEditionAsync(ClaimsPrincipal user, int year, string title, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var created = ContestEdition.Create(year, title ?? "", now);
        if (!created.IsSuccess) return created.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ContestEditions.AnyAsync(e => e.Year == year, cancellationToken)) return ContestErrors.EditionYearTaken;
        db.ContestEditions.Add(created.Value);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.EditionCreated, ContestAudit.Edition(created.Value.Id), null, $"{year}: {created.Value.Title}", now));
        await db.SaveChangesAsync(cancellationToken);
        return created.Value.Id;
    }

    public async Task<Result<Guid>> AddNominationAsync(ClaimsPrincipal user, Guid editionId, string title, string description, PhaseSchedule schedule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ContestEditions.AnyAsync(e => e.Id == editionId, cancellationToken)) return CommonErrors.NotFound;
        var order = await db.ContestNominations.Where(n => n.EditionId == editionId).CountAsync(cancellationToken) + 1;
        var now = clock.GetUtcNow();
        var created = Nomination.Create(editionId, title ?? "", description ?? "", order, schedule, now);
        if (!created.IsSuccess) return created.Error!;
        db.ContestNominations.Add(created.Value);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.NominationCreated, ContestAudit.Nomination(created.Value.Id), null, created.Value.Title, now));
        await db.SaveChangesAsync(cancellationToken);
        return created.Value.Id;
    }

    /// <summary>Replaces the nomination's criteria as a whole: the set is checked (weights exactly 100 %) before anything is stored.</summary>
    public async Task<Result> SaveCriteriaAsync(ClaimsPrincipal user, Guid nominationId, IReadOnlyList<CriterionInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ContestNominations.AnyAsync(n => n.Id == nominationId, cancellationToken)) return CommonErrors.NotFound;
        var created = new List<Criterion>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var criterion = Criterion.Create(nominationId, input.Name ?? "", input.Description ?? "", input.Weight, input.Min, input.Max, i + 1);
            if (!criterion.IsSuccess) return criterion.Error!;
            created.Add(criterion.Value);
        }
        var valid = CriteriaRules.ValidateSet(created.Select(c => c.Spec).ToList());
        if (!valid.IsSuccess) return valid;
        var existing = await db.ContestCriteria.Where(c => c.NominationId == nominationId).ToListAsync(cancellationToken);
        var existingIds = existing.Select(c => c.Id).ToList();
        if (await db.ContestScores.AnyAsync(s => existingIds.Contains(s.CriterionId), cancellationToken)) return ContestErrors.CriteriaInUse;
        var now = clock.GetUtcNow();
        var before = Describe(existing);
        db.ContestCriteria.RemoveRange(existing);
        db.ContestCriteria.AddRange(created);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.CriteriaSaved, ContestAudit.Nomination(nominationId), before, Describe(created), now));
        await db.SaveChangesAsync(cancellationToken);
        sessions.Evict(nominationId);
        return Result.Success();
    }

    public async Task<Result> ConfigureAsync(ClaimsPrincipal user, Guid nominationId, NominationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.SingleOrDefaultAsync(n => n.Id == nominationId, cancellationToken);
        if (nomination is null) return CommonErrors.NotFound;
        var before = new NominationSettings(nomination.BlindMode, nomination.Aggregation, nomination.DisagreementThreshold, nomination.VotesPerMember, nomination.JuryWeight);
        var configured = nomination.Configure(settings.BlindMode, settings.Aggregation, settings.DisagreementThreshold, settings.VotesPerMember, settings.JuryWeight);
        if (!configured.IsSuccess) return configured;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.SettingsChanged, ContestAudit.Nomination(nominationId), before.ToString(), settings.ToString(), clock.GetUtcNow()));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        sessions.Evict(nominationId);
        return saved;
    }

    public async Task<Result> AddJurorAsync(ClaimsPrincipal user, Guid nominationId, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ContestNominations.AnyAsync(n => n.Id == nominationId, cancellationToken)) return CommonErrors.NotFound;
        var isJuror = await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == memberId && g.Module == ModuleKey.Contest && g.Role == ModuleRole.Juror, cancellationToken);
        if (!isJuror) return ContestErrors.NotAJuror;
        if (await db.ContestPanel.AnyAsync(p => p.NominationId == nominationId && p.MemberId == memberId, cancellationToken)) return ContestErrors.AlreadyOnPanel;
        var member = await db.Users.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.OrganisationId, m.FullName }).SingleAsync(cancellationToken);
        db.ContestPanel.Add(PanelMember.Create(nominationId, memberId, member.OrganisationId, null));
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.JurorAdded, ContestAudit.Nomination(nominationId), null, member.FullName, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        sessions.Evict(nominationId);
        return Result.Success();
    }

    public async Task<Result> RemoveJurorAsync(ClaimsPrincipal user, Guid nominationId, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seat = await db.ContestPanel.SingleOrDefaultAsync(p => p.NominationId == nominationId && p.MemberId == memberId, cancellationToken);
        if (seat is null) return CommonErrors.NotFound;
        var name = await db.Users.Where(m => m.Id == memberId).Select(m => m.FullName).SingleAsync(cancellationToken);
        db.ContestPanel.Remove(seat);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.JurorRemoved, ContestAudit.Nomination(nominationId), name, null, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        sessions.Evict(nominationId);
        return Result.Success();
    }

    private static string Describe(IEnumerable<Criterion> criteria) =>
        string.Join("; ", criteria.Select(c => $"{c.Name} {c.Weight}% [{c.ScaleMin}–{c.ScaleMax}]"));
}
