using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>The rules a nomination's panel scores under at one moment: its phase, its lock and its criteria.</summary>
public sealed record ScoringTerms(ContestPhase Phase, bool Locked, IReadOnlyList<CriterionSpec> Criteria)
{
    public bool IsOpen => PhaseRules.IsScoringOpen(Phase, Locked);
}

/// <summary>
/// A member about to write a sheet, as the nomination's panel sees them: on it or not, any conflict with the entry, the
/// terms, and whether the assignments let them score this entry (<see cref="AssignmentRules.MayReview"/>).
/// </summary>
public sealed record SheetJuror(Guid MemberId, bool OnPanel, ConflictSource? Conflict, ScoringTerms Terms, bool MayScoreEntry);

/// <summary>What a juror sends: values (all of them when <see cref="Final"/>, a draft may leave some out) and a comment.</summary>
public sealed record SheetValues(IReadOnlyDictionary<Guid, double> Values, string? Comment, bool Final);

/// <summary>One value written: <see cref="Before"/> is null for a new one; <see cref="Row"/> is the row holding it.</summary>
public sealed record ScoreChange(Guid CriterionId, double? Before, double After, JurorScore Row)
{
    public bool IsNew => Before is null;
}

/// <summary>
/// A juror's sheet for an entry: the aggregate that owns the juror's values of that entry, its comment and whether it
/// was submitted (blind mode opens on submit). Every rule of writing a score is checked here, in one place.
/// </summary>
public sealed class ScoreSheet
{
    public const int CommentMaxLength = 4000;

    private readonly List<JurorScore> _scores = [];

    private ScoreSheet()
    {
        Comment = "";
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid JurorId { get; private set; }
    public string Comment { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>The juror's values of this entry, by criterion.</summary>
    public IReadOnlyDictionary<Guid, double> Values => _scores.ToDictionary(s => s.CriterionId, s => s.Value);

    public static ScoreSheet Create(Guid entryId, Guid jurorId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), EntryId = entryId, JurorId = jurorId, UpdatedAt = now };

    /// <summary>Gives the sheet the value rows the store holds for it (the store keeps them beside the sheet).</summary>
    public ScoreSheet WithScores(IEnumerable<JurorScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        _scores.Clear();
        _scores.AddRange(scores.Where(s => s.EntryId == EntryId && s.JurorId == JurorId));
        return this;
    }

    /// <summary>
    /// Writes the juror's values: only a panel member assigned to the entry (or any, before assignments) without a conflict, while scoring is open and not locked,
    /// before the sheet was submitted, each value on its criterion's scale, every criterion when final, the comment
    /// within its length. Returns what changed (for the audit and the store).
    /// </summary>
    public Result<IReadOnlyList<ScoreChange>> Submit(SheetJuror juror, SheetValues values, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(juror);
        ArgumentNullException.ThrowIfNull(values);
        if (juror.MemberId != JurorId || !juror.OnPanel) return ContestErrors.NotOnPanel;
        if (!juror.MayScoreEntry) return ContestErrors.NotAssigned;
        if (juror.Conflict == ConflictSource.OwnEntry) return ContestErrors.OwnEntryJudged;
        if (juror.Conflict is not null) return ContestErrors.Conflicted;
        if (juror.Terms.Locked) return ContestErrors.ScoringLocked;
        if (!juror.Terms.IsOpen) return ContestErrors.ScoringClosed;
        if (IsSubmitted) return ContestErrors.AlreadySubmitted;
        if ((values.Comment ?? "").Length > CommentMaxLength) return CommonErrors.TooLong(nameof(Comment));
        var criteria = juror.Terms.Criteria;
        foreach (var (criterionId, value) in values.Values)
        {
            var spec = criteria.FirstOrDefault(c => c.Id == criterionId);
            if (spec is null) return CommonErrors.Invalid("Score");
            if (!CriteriaRules.IsOnScale(spec, value)) return ContestErrors.ScoreOutOfScale with { Field = criterionId.ToString() };
        }
        if (values.Final)
        {
            var merged = new Dictionary<Guid, double>(Values);
            foreach (var (criterionId, value) in values.Values) merged[criterionId] = value;
            var complete = CriteriaRules.ValidateValues(criteria, merged);
            if (!complete.IsSuccess) return complete.Error!;
        }

        var changes = new List<ScoreChange>();
        foreach (var (criterionId, value) in values.Values)
        {
            var row = _scores.SingleOrDefault(s => s.CriterionId == criterionId);
            if (row is null)
            {
                row = JurorScore.Create(EntryId, JurorId, criterionId, value, now);
                _scores.Add(row);
                changes.Add(new ScoreChange(criterionId, null, value, row));
            }
            else if (row.Value != value)
            {
                changes.Add(new ScoreChange(criterionId, row.Value, value, row));
                row.Change(value, now);
            }
        }
        Comment = (values.Comment ?? "").Trim();
        UpdatedAt = now;
        if (values.Final) SubmittedAt = now;
        return changes;
    }
}
