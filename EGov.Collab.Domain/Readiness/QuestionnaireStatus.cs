namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// InProgress → Submitted → Verified (locked); a reviewer may return a Submitted questionnaire (Returned), which the
/// respondent corrects and submits again.
/// </summary>
public enum QuestionnaireStatus
{
    InProgress = 1,
    Submitted = 2,
    Returned = 3,
    Verified = 4,
}
