using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>Refusals of the e-education module; codes are localisation keys.</summary>
public static class LearningErrors
{
    public static readonly Error AttemptLimitReached = new("Learning.AttemptLimitReached");

    public static readonly Error CohortClosed = new("Learning.CohortClosed");

    public static readonly Error CertificateNumberInvalid = new("Learning.CertificateNumberInvalid", "Number");

    public static readonly Error CertificateSequenceOutOfRange = new("Learning.CertificateSequenceOutOfRange", "Sequence");

    public static readonly Error VerificationCodeInvalid = new("Learning.VerificationCodeInvalid", "Code");

    public static readonly Error QuizNoQuestions = new("Learning.QuizNoQuestions", "Questions");

    public static readonly Error PassMarkOutOfRange = new("Learning.PassMarkOutOfRange", "PassMarkPercent");

    public static readonly Error AttemptLimitInvalid = new("Learning.AttemptLimitInvalid", "AttemptLimit");

    public static readonly Error QuestionTooFewOptions = new("Learning.QuestionTooFewOptions", "Options");

    public static readonly Error SingleChoiceNeedsOneCorrect = new("Learning.SingleChoiceNeedsOneCorrect", "Options");

    public static readonly Error MultipleChoiceNeedsCorrect = new("Learning.MultipleChoiceNeedsCorrect", "Options");
}
