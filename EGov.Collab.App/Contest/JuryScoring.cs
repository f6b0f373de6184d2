using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using EGov.Collab.App.Scale;

namespace EGov.Collab.App.Contest;

public sealed record CriterionView(Guid Id, string Name, string Description, int Weight, double Min, double Max);

public sealed record OtherSheet(string JurorName, IReadOnlyDictionary<Guid, double> Values, string Comment, bool Submitted);

public sealed record ReviewView(string ExpertName, string Strengths, string Weaknesses, ExpertRecommendation Recommendation);

/// <summary>What a juror's scoring form shows. <see cref="Others"/> is empty while blind mode hides them.</summary>
public sealed record ScoringForm(
    Guid EntryId,
    Guid NominationId,
    string NominationTitle,
    Entry Entry,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyDictionary<Guid, double> Mine,
    string Comment,
    bool Submitted,
    bool CanScore,
    bool BlindMode,
    bool OthersHidden,
    IReadOnlyList<OtherSheet> Others,
    IReadOnlyList<ReviewView> Reviews);

/// <summary>Jurors score, the chair watches and locks. Every refusal is a <see cref="Result"/>; every change audited.</summary>
public sealed class JuryScoring(
    IDbContextFactory<CollabDbContext> dbFactory,
    ModuleAccess moduleAccess,
    ContestAccess access,
    PanelSessions sessions,
    TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    public void Dispose() => _writes.Dispose();

    public async Task<Result<ScoringForm>> FormAsync(ClaimsPrincipal user, Guid entryId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null || entry.Status != EntryStatus.Eligible) return CommonErrors.NotFound;
        var nomination = await db.ContestNominations.AsNoTracking().SingleAsync(n => n.Id == entry.NominationId, cancellationToken);
        var session = await sessions.GetAsync(entry.NominationId, cancellationToken);
        if (session is null) return CommonErrors.NotFound;
        var isChair = await access.IsChairAsync(user, cancellationToken);
        var onPanel = session.IsOnPanel(memberId.Value) && await moduleAccess.CanAsync(user, ModuleKey.Contest, ModuleAction.Work, cancellationToken);
        if (!onPanel && !isChair) return ContestErrors.NotOnPanel;
        if (onPanel && session.ConflictOf(memberId.Value, entryId) is not null) return ContestErrors.Conflicted;

        var criteria = await db.ContestCriteria.AsNoTracking().Where(c => c.NominationId == entry.NominationId).OrderBy(c => c.Order)
            .Select(c => new CriterionView(c.Id, c.Name, c.Description, c.Weight, c.ScaleMin, c.ScaleMax)).ToListAsync(cancellationToken);
        var scores = await db.ContestScores.AsNoTracking().Where(s => s.EntryId == entryId).ToListAsync(cancellationToken);
        var sheets = await (from s in db.ContestSheets.AsNoTracking()
                            where s.EntryId == entryId
                            join m in db.Users on s.JurorId equals m.Id
                            select new { Sheet = s, m.FullName }).ToListAsync(cancellationToken);
        var mine = sheets.SingleOrDefault(s => s.Sheet.JurorId == memberId.Value)?.Sheet;
        var canSee = ScoreVisibility.CanSeeOthers(nomination.BlindMode, isChair && !onPanel, mine?.IsSubmitted == true);
        var others = canSee
            ? sheets.Where(s => s.Sheet.JurorId != memberId.Value).OrderBy(s => s.FullName, StringComparer.Ordinal)
                .Select(s => new OtherSheet(s.FullName,
                    scores.Where(v => v.JurorId == s.Sheet.JurorId).ToDictionary(v => v.CriterionId, v => v.Value),
                    s.Sheet.Comment, s.Sheet.IsSubmitted)).ToList()
            : [];
        var reviews = await (from r in db.ContestReviews.AsNoTracking()
                             where r.EntryId == entryId
                             join m in db.Users on r.ExpertId equals m.Id
                             select new ReviewView(m.FullName, r.Strengths, r.Weaknesses, r.Recommendation)).ToListAsync(cancellationToken);
        return new ScoringForm(entryId, nomination.Id, nomination.Title, entry, criteria,
            scores.Where(v => v.JurorId == memberId.Value).ToDictionary(v => v.CriterionId, v => v.Value),
            mine?.Comment ?? "", mine?.IsSubmitted == true,
            onPanel && PhaseRules.IsScoringOpen(nomination.Phase, nomination.IsScoringLocked) && mine?.IsSubmitted != true,
            nomination.BlindMode, !canSee, others, reviews);
    }

    /// <summary>Saves a juror's values (all of them to submit; a draft may leave some empty) and tells the panel.</summary>
    public async Task<Result<long>> SaveAsync(ClaimsPrincipal user, Guid entryId, IReadOnlyDictionary<Guid, double> values, string? comment, bool submit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        if (!await moduleAccess.CanAsync(user, ModuleKey.Contest, ModuleAction.Work, cancellationToken)) return ContestErrors.NotOnPanel;
        if ((comment ?? "").Length > ScoreSheet.CommentMaxLength) return CommonErrors.TooLong("Comment");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nominationId = await db.ContestEntries.Where(e => e.Id == entryId && e.Status == EntryStatus.Eligible)
            .Select(e => (Guid?)e.NominationId).SingleOrDefaultAsync(cancellationToken);
        if (nominationId is null) return CommonErrors.NotFound;
        // The session holds the panel, conflicts, criteria, phase and lock as the database has them (a change evicts or updates it).
        var session = await sessions.GetAsync(nominationId.Value, cancellationToken);
        if (session is null || !session.IsOnPanel(memberId.Value)) return ContestErrors.NotOnPanel;
        if (session.ConflictOf(memberId.Value, entryId) is not null) return ContestErrors.Conflicted;
        if (session.IsLocked) return ContestErrors.ScoringLocked;
        if (!session.IsScoringOpen) return ContestErrors.ScoringClosed;

        var specs = session.Criteria;
        foreach (var (criterionId, value) in values)
        {
            var spec = specs.FirstOrDefault(c => c.Id == criterionId);
            if (spec is null) return CommonErrors.Invalid("Score");
            if (!CriteriaRules.IsOnScale(spec, value)) return ContestErrors.ScoreOutOfScale with { Field = criterionId.ToString() };
        }
        if (submit)
        {
            var complete = CriteriaRules.ValidateValues(specs, values);
            if (!complete.IsSuccess) return complete.Error!;
        }

        // One score write at a time on this node: SQLite has one writer, and waiting here is asynchronous where its
        // busy-retry would block a thread-pool thread per waiting save (100 jurors a second starve the pool).
        await _writes.WaitAsync(cancellationToken);
        try
        {
            return await WriteAsync(db, session, memberId.Value, entryId, values, comment, submit, cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    private async Task<Result<long>> WriteAsync(CollabDbContext db, PanelSession session, Guid jurorId, Guid entryId, IReadOnlyDictionary<Guid, double> values,
        string? comment, bool submit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Guid? memberId = jurorId;
        var sheet = await db.ContestSheets.SingleOrDefaultAsync(s => s.EntryId == entryId && s.JurorId == memberId.Value, cancellationToken);
        if (sheet?.IsSubmitted == true) return ContestErrors.AlreadySubmitted;
        if (sheet is null)
        {
            sheet = ScoreSheet.Create(entryId, memberId.Value, now);
            db.ContestSheets.Add(sheet);
        }
        sheet.Update(comment, submit, now);

        var existing = await db.ContestScores.Where(s => s.EntryId == entryId && s.JurorId == memberId.Value).ToListAsync(cancellationToken);
        foreach (var (criterionId, value) in values)
        {
            var row = existing.SingleOrDefault(s => s.CriterionId == criterionId);
            var name = session.CriterionName(criterionId);
            if (row is null)
            {
                db.ContestScores.Add(JurorScore.Create(entryId, memberId.Value, criterionId, value, now));
                db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Contest, ContestAudit.ScoreChanged, ContestAudit.Entry(entryId), null, Describe(name, value), now));
            }
            else if (row.Value != value)
            {
                db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Contest, ContestAudit.ScoreChanged, ContestAudit.Entry(entryId),
                    Describe(name, row.Value), Describe(name, value), now));
                row.Change(value, now);
            }
        }
        if (submit)
            db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Contest, ContestAudit.SheetSubmitted, ContestAudit.Entry(entryId), null, null, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same juror saved the same entry from two tabs at once: the unique indexes kept one; ask them to retry.
            return CommonErrors.ConcurrentChange;
        }
        PortalMeter.ScoreSaves.Add(1);

        var merged = existing.ToDictionary(s => s.CriterionId, s => s.Value);
        foreach (var (criterionId, value) in values) merged[criterionId] = value;
        return session.Apply(memberId.Value, entryId, merged, sheet.IsSubmitted);
    }

    public async Task<Result> DeclareConflictAsync(ClaimsPrincipal user, Guid entryId, string reason, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        if (string.IsNullOrWhiteSpace(reason)) return ContestErrors.ReasonRequired;
        if (reason.Length > ConflictDeclaration.ReasonMaxLength) return CommonErrors.TooLong("Reason");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null) return CommonErrors.NotFound;
        var session = await sessions.GetAsync(entry.NominationId, cancellationToken);
        if (session is null || !session.IsOnPanel(memberId.Value)) return ContestErrors.NotOnPanel;
        if (await db.ContestConflicts.AnyAsync(c => c.EntryId == entryId && c.JurorId == memberId.Value, cancellationToken)) return Result.Success();
        var now = clock.GetUtcNow();
        db.ContestConflicts.Add(ConflictDeclaration.Create(entryId, memberId.Value, reason, now));
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Contest, ContestAudit.ConflictDeclared, ContestAudit.Entry(entryId), null, reason, now));
        await db.SaveChangesAsync(cancellationToken);
        session.Declare(memberId.Value, entryId);
        return Result.Success();
    }

    /// <summary>The chair's dashboard: the panel's latest snapshot.</summary>
    public async Task<Result<PanelSession>> PanelAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        var session = await sessions.GetAsync(nominationId, cancellationToken);
        return session is null ? CommonErrors.NotFound : session;
    }

    public async Task<Result> LockAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.SingleOrDefaultAsync(n => n.Id == nominationId, cancellationToken);
        if (nomination is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var locked = nomination.LockScoring(now);
        if (!locked.IsSuccess) return locked;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.ScoringLocked, ContestAudit.Nomination(nominationId), null, null, now));
        await db.SaveChangesAsync(cancellationToken);
        (await sessions.GetAsync(nominationId, cancellationToken))?.Lock();
        return Result.Success();
    }

    private static string Describe(string criterion, double value) => $"{criterion}: {value.ToString("0.##", CultureInfo.InvariantCulture)}";
}
