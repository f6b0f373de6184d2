using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

/// <summary>
/// Every few minutes (Kyiv time zone, Hangfire recurring job): moves each nomination to the phase its dates say,
/// once per date passed, so an administrator's hand move holds until the next date. Safe to run twice.
/// </summary>
public sealed class ContestPhaseJob(IDbContextFactory<CollabDbContext> dbFactory, PanelSessions sessions, TimeProvider clock, ILogger<ContestPhaseJob> logger)
{
    public const string Id = "contest-phases";
    public const string Cron = "*/5 * * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nominations = await db.ContestNominations.ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var nomination in nominations)
        {
            var before = nomination.Phase;
            if (!nomination.ApplySchedule(now)) continue;
            moved++;
            sessions.Evict(nomination.Id);
            db.AuditEntries.Add(AuditEntry.Record(null, ModuleKey.Contest, ContestAudit.PhaseMoved, ContestAudit.Nomination(nomination.Id), before.ToString(), nomination.Phase.ToString(), now));
            logger.LogInformation("Nomination {Nomination} moved from {Before} to {After} on its date.", nomination.Id, before, nomination.Phase);
        }
        await db.SaveChangesAsync(cancellationToken);
        return moved;
    }
}
