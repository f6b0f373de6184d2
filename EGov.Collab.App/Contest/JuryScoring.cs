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

/// <summary>
/// What a juror's scoring form shows. <see cref="Others"/> is empty while blind mode hides them. The viewer's standing
/// (<see cref="ViewerId"/>, <see cref="OnPanel"/>, <see cref="ChairOnly"/>) lets a pushed panel snapshot update it without a query.
/// </summary>
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
    IReadOnlyList<ReviewView> Reviews,
    Guid ViewerId,
    bool OnPanel,
    bool ChairOnly,
    bool ScoringPhase,
    long Version);

/// <summary>Jurors score, the chair watches and locks. Every refusal is a <see cref="Result"/>; every change audited.</summary>
public sealed class JuryScoring(
    IDbContextFactory<CollabDbContext> dbFactory,
    ModuleAccess moduleAccess,
    ContestAccess access,
    PanelSessions sessions,
    ScoringGates gates,
    TimeProvider clock)
{
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
        if (onPanel && !session.MayScore(memberId.Value, entryId))
        {
            // Assigned to other jurors: the chair still reads it, a juror does not.
            if (!isChair) return ContestErrors.NotAssigned;
            onPanel = false;
        }
        if (onPanel && session.ConflictOf(memberId.Value, entryId) is { } conflict)
            return conflict == ConflictSource.OwnEntry ? ContestErrors.OwnEntryJudged : ContestErrors.Conflicted;

        var criteria = await db.ContestCriteria.AsNoTracking().Where(c => c.NominationId == entry.NominationId).OrderBy(c => c.Order)
            .Select(c => new CriterionView(c.Id, c.Name, c.Description, c.Weight, c.ScaleMin, c.ScaleMax)).ToListAsync(cancellationToken);
        var reviews = await (from r in db.ContestReviews.AsNoTracking()
                             where r.EntryId == entryId
                             join m in db.Users on r.ExpertId equals m.Id
                             select new ReviewView(m.FullName, r.Strengths, r.Weaknesses, r.Recommendation)).ToListAsync(cancellationToken);
        var form = new ScoringForm(entryId, nomination.Id, nomination.Title, entry, criteria, new Dictionary<Guid, double>(), "", false, false,
            nomination.BlindMode, true, [], reviews, memberId.Value, onPanel, isChair && !onPanel, nomination.Phase == ContestPhase.JuryScoring, -1);
        return Refresh(form, session.Snapshot);
    }

    /// <summary>
    /// The form as a pushed panel snapshot shows it: the juror's own sheet, the others' (when blind mode allows), the lock.
    /// No query: every viewer of the panel renders the same shared snapshot.
    /// </summary>
    public static ScoringForm Refresh(ScoringForm form, PanelSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.NominationId != form.NominationId || snapshot.Version <= form.Version) return form;
        var mine = snapshot.Sheet(form.ViewerId, form.EntryId);
        var submitted = mine?.Submitted == true;
        var canSee = ScoreVisibility.CanSeeOthers(snapshot.BlindMode, form.ChairOnly, submitted);
        var others = canSee
            ? snapshot.Jurors.Where(j => j.MemberId != form.ViewerId)
                .Select(j => (Juror: j, Sheet: snapshot.Sheet(j.MemberId, form.EntryId)))
                .Where(x => x.Sheet is not null)
                .OrderBy(x => x.Juror.Name, StringComparer.Ordinal)
                .Select(x => new OtherSheet(x.Juror.Name, x.Sheet!.Values, x.Sheet.Comment, x.Sheet.Submitted)).ToList()
            : [];
        return form with
        {
            Mine = mine?.Values ?? new Dictionary<Guid, double>(),
            Comment = mine?.Comment ?? "",
            Submitted = submitted,
            CanScore = form.OnPanel && form.ScoringPhase && !snapshot.Locked && !submitted,
            BlindMode = snapshot.BlindMode,
            OthersHidden = !canSee,
            Others = others,
            Version = snapshot.Version,
        };
    }

    /// <summary>
    /// Saves a juror's values (all of them to submit; a draft may leave some empty) and tells the panel. The rules
    /// live in <see cref="ScoreSheet.Submit"/>; the nomination's gate orders this node's writes and the lock, and the
    /// transaction's guard on the nomination row makes a write after the lock impossible from any node.
    /// </summary>
    public async Task<Result<long>> SaveAsync(ClaimsPrincipal user, Guid entryId, IReadOnlyDictionary<Guid, double> values, string? comment, bool submit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        if (!await moduleAccess.CanAsync(user, ModuleKey.Contest, ModuleAction.Work, cancellationToken)) return ContestErrors.NotOnPanel;

        Guid? nominationId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            nominationId = await db.ContestEntries.Where(e => e.Id == entryId && e.Status == EntryStatus.Eligible)
                .Select(e => (Guid?)e.NominationId).SingleOrDefaultAsync(cancellationToken);
        }
        if (nominationId is null) return CommonErrors.NotFound;

        using var turn = await gates.EnterAsync(nominationId.Value, cancellationToken);
        // The session holds the panel, conflicts, criteria, phase and lock as the database has them (a change evicts or updates it).
        var session = await sessions.GetAsync(nominationId.Value, cancellationToken);
        if (session is null) return CommonErrors.NotFound;
        var juror = new SheetJuror(memberId.Value, session.IsOnPanel(memberId.Value), session.ConflictOf(memberId.Value, entryId), session.Terms,
            session.MayScore(memberId.Value, entryId));
        var sheetValues = new SheetValues(values, comment, submit);
        // Refuse early what the rules refuse anyway, without opening a transaction.
        var early = ScoreSheet.Create(entryId, memberId.Value, clock.GetUtcNow()).Submit(juror, sheetValues, clock.GetUtcNow());
        if (!early.IsSuccess) return early.Error!;

        await using var writer = await dbFactory.CreateDbContextAsync(cancellationToken);
        var strategy = writer.Database.CreateExecutionStrategy();
        var written = await strategy.ExecuteAsync(ct => WriteAsync(writer, session, juror, entryId, sheetValues, ct), cancellationToken);
        if (!written.IsSuccess) return written.Error!;
        return session.Apply(memberId.Value, entryId, written.Value.Values, written.Value.Comment, written.Value.IsSubmitted);
    }

    private async Task<Result<ScoreSheet>> WriteAsync(CollabDbContext db, PanelSession session, SheetJuror juror, Guid entryId, SheetValues values,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The guard: a write to the nomination's row while it is open for scoring. It holds the row (SQL Server) or the
        // database (SQLite) until commit, so a lock waits for this sheet, and a sheet after a committed lock finds no row.
        var open = await db.ContestNominations
            .Where(n => n.Id == session.NominationId && n.ScoringLockedAt == null && n.Phase == ContestPhase.JuryScoring)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ScoringLockedAt, n => n.ScoringLockedAt), cancellationToken);
        if (open == 0)
        {
            var locked = await db.ContestNominations.Where(n => n.Id == session.NominationId).Select(n => n.ScoringLockedAt != null).SingleAsync(cancellationToken);
            if (locked) session.Lock();
            return locked ? ContestErrors.ScoringLocked : ContestErrors.ScoringClosed;
        }

        var now = clock.GetUtcNow();
        var jurorId = juror.MemberId;
        var sheet = await db.ContestSheets.SingleOrDefaultAsync(s => s.EntryId == entryId && s.JurorId == jurorId, cancellationToken);
        if (sheet is null)
        {
            sheet = ScoreSheet.Create(entryId, jurorId, now);
            db.ContestSheets.Add(sheet);
        }
        sheet.WithScores(await db.ContestScores.Where(s => s.EntryId == entryId && s.JurorId == jurorId).ToListAsync(cancellationToken));
        var changes = sheet.Submit(juror, values, now);
        if (!changes.IsSuccess) return changes.Error!;
        foreach (var change in changes.Value)
        {
            var name = session.CriterionName(change.CriterionId);
            if (change.IsNew) db.ContestScores.Add(change.Row);
            db.AuditEntries.Add(AuditEntry.Record(jurorId, ModuleKey.Contest, ContestAudit.ScoreChanged, ContestAudit.Entry(entryId),
                change.Before is { } before ? Describe(name, before) : null, Describe(name, change.After), now));
        }
        if (values.Final)
            db.AuditEntries.Add(AuditEntry.Record(jurorId, ModuleKey.Contest, ContestAudit.SheetSubmitted, ContestAudit.Entry(entryId), null, null, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same juror saved the same entry from two nodes at once: the unique indexes kept one; ask them to retry.
            db.ChangeTracker.Clear();
            return CommonErrors.ConcurrentChange;
        }
        PortalMeter.ScoreSaves.Add(1);
        return sheet;
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

    /// <summary>Locks the nomination's scoring: after it no sheet lands, on this node (the gate) or any other (the row guard).</summary>
    public async Task<Result> LockAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        using var turn = await gates.EnterAsync(nominationId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.SingleOrDefaultAsync(n => n.Id == nominationId, cancellationToken);
        if (nomination is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var locked = nomination.LockScoring(now);
        if (!locked.IsSuccess) return locked;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.ScoringLocked, ContestAudit.Nomination(nominationId), null, null, now));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.IsSuccess)
        {
            sessions.Evict(nominationId);
            return saved;
        }
        (await sessions.GetAsync(nominationId, cancellationToken))?.Lock();
        return Result.Success();
    }

    private static string Describe(string criterion, double value) => $"{criterion}: {value.ToString("0.##", CultureInfo.InvariantCulture)}";
}
