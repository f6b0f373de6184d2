using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// One body's questionnaire in one campaign year, filled in by its respondent and checked by the centre's reviewers.
/// Answers are saved one at a time as the respondent goes (an invalid one is refused and the stored one kept); the
/// whole questionnaire is checked on submission; once verified it is locked and refuses every change.
/// </summary>
public sealed class Questionnaire
{
    private readonly List<QuestionnaireAnswer> _answers = [];
    private readonly List<ReviewComment> _comments = [];

    private Questionnaire()
    {
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid RespondentId { get; private set; }
    public QuestionnaireStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public Guid? VerifiedById { get; private set; }
    public int ReturnCount { get; private set; }

    public IReadOnlyList<QuestionnaireAnswer> Answers => _answers;

    public IReadOnlyList<ReviewComment> Comments => _comments;

    public bool IsLocked => Status == QuestionnaireStatus.Verified;

    /// <summary>The respondent may change answers: in progress or returned for correction.</summary>
    public bool IsEditable => Status is QuestionnaireStatus.InProgress or QuestionnaireStatus.Returned;

    /// <summary>The comments of the latest return, which the respondent has to address.</summary>
    public IEnumerable<ReviewComment> OpenComments => _comments.Where(c => c.Round == ReturnCount);

    public static Questionnaire Invite(int year, Guid bodyId, Guid respondentId, DateTimeOffset now)
    {
        if (bodyId == Guid.Empty) throw new ArgumentException("A questionnaire needs a body.", nameof(bodyId));
        if (respondentId == Guid.Empty) throw new ArgumentException("A questionnaire needs a respondent.", nameof(respondentId));
        return new Questionnaire { Id = Guid.CreateVersion7(), Year = year, BodyId = bodyId, RespondentId = respondentId, Status = QuestionnaireStatus.InProgress, CreatedAt = now };
    }

    /// <summary>The answered values by indicator code, as <see cref="SubmissionScoring"/> takes them.</summary>
    public IReadOnlyDictionary<string, decimal> AnswerValues() =>
        _answers.Where(a => a.Value is not null).ToDictionary(a => a.IndicatorCode, a => a.Value!.Value, StringComparer.Ordinal);

    public QuestionnaireAnswer? AnswerTo(string indicatorCode) => _answers.FirstOrDefault(a => a.IndicatorCode == indicatorCode);

    /// <summary>Saves (or clears, with nulls) one answer. Refused: locked or awaiting review, unknown question, value outside the scale, malformed link.</summary>
    public Result SaveAnswer(RatingModel model, string indicatorCode, decimal? value, string? evidenceUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (IsLocked) return ReadinessErrors.QuestionnaireLocked;
        if (!IsEditable) return ReadinessErrors.QuestionnaireAwaitingReview;
        var indicator = model.FindIndicator(indicatorCode ?? "");
        if (indicator is null) return ReadinessErrors.UnknownIndicator(indicatorCode ?? "");
        if (value is not null && !indicator.Scale.Contains(value.Value)) return ReadinessErrors.AnswerOutOfScale(indicator.Code);
        var link = EvidenceLink.Clean(evidenceUrl);
        if (link is not null && !EvidenceLink.IsValid(link)) return ReadinessErrors.EvidenceLinkInvalid(indicator.Code);

        var existing = AnswerTo(indicator.Code);
        if (existing is null) _answers.Add(new QuestionnaireAnswer(indicator.Code, value, link, now));
        else existing.Change(value, link, now);
        return Result.Success();
    }

    /// <summary>Submits for review when complete, or returns every problem (missing required answers, missing or bad evidence links).</summary>
    public Validated<BodyScores> Submit(RatingModel model, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (IsLocked) return Validated<BodyScores>.Invalid([ReadinessErrors.QuestionnaireLocked]);
        if (!IsEditable) return Validated<BodyScores>.Invalid([ReadinessErrors.QuestionnaireAwaitingReview]);

        var errors = new List<Error>();
        var scores = SubmissionScoring.Score(model, AnswerValues());
        errors.AddRange(scores.Errors);
        foreach (var indicator in model.Indicators)
        {
            var answer = AnswerTo(indicator.Code);
            if (answer?.EvidenceUrl is { } link && !EvidenceLink.IsValid(link)) errors.Add(ReadinessErrors.EvidenceLinkInvalid(indicator.Code));
            else if (indicator.EvidenceRequired && answer?.Value > 0m && answer.EvidenceUrl is null) errors.Add(ReadinessErrors.EvidenceMissing(indicator.Code));
        }
        if (errors.Count > 0) return Validated<BodyScores>.Invalid(errors);

        Status = QuestionnaireStatus.Submitted;
        SubmittedAt = now;
        return scores;
    }

    /// <summary>Returns a submitted questionnaire for correction with at least one comment, each on a question of the model.</summary>
    public Result Return(RatingModel model, IReadOnlyList<(string IndicatorCode, string Text)> comments, Guid reviewerId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(comments);
        if (IsLocked) return ReadinessErrors.QuestionnaireLocked;
        if (Status != QuestionnaireStatus.Submitted) return ReadinessErrors.QuestionnaireNotSubmitted;
        var cleaned = comments.Select(c => (Code: c.IndicatorCode ?? "", Text: (c.Text ?? "").Trim())).Where(c => c.Text.Length > 0).ToList();
        if (cleaned.Count == 0) return ReadinessErrors.ReturnNeedsComment;
        foreach (var (code, text) in cleaned)
        {
            if (model.FindIndicator(code) is null) return ReadinessErrors.UnknownIndicator(code);
            if (text.Length > ReviewComment.TextMaxLength) return CommonErrors.TooLong(code);
        }

        ReturnCount++;
        foreach (var (code, text) in cleaned) _comments.Add(new ReviewComment(code, text, reviewerId, ReturnCount, now));
        Status = QuestionnaireStatus.Returned;
        return Result.Success();
    }

    /// <summary>Verifies a submitted questionnaire and locks it: its answers count in the results from now on.</summary>
    public Result Verify(Guid reviewerId, DateTimeOffset now)
    {
        if (IsLocked) return ReadinessErrors.QuestionnaireLocked;
        if (Status != QuestionnaireStatus.Submitted) return ReadinessErrors.QuestionnaireNotSubmitted;
        Status = QuestionnaireStatus.Verified;
        VerifiedAt = now;
        VerifiedById = reviewerId;
        return Result.Success();
    }
}
