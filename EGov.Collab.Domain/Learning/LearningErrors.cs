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

    public static readonly Error HoursOutOfRange = new("Learning.HoursOutOfRange", "Hours");

    public static readonly Error CohortDatesInvalid = new("Learning.CohortDatesInvalid", "EndsOn");

    public static readonly Error CohortClosingDateInvalid = new("Learning.CohortClosingDateInvalid", "ClosesOn");

    public static readonly Error RegionRequired = new("Learning.RegionRequired", "Region");

    public static readonly Error NotATrainer = new("Learning.NotATrainer", "Trainer");

    public static readonly Error TrainerRequired = new("Learning.TrainerRequired", "Trainer");

    public static readonly Error SelfEnrolmentClosed = new("Learning.SelfEnrolmentClosed");

    public static readonly Error CohortFull = new("Learning.CohortFull");

    public static readonly Error AlreadyEnrolled = new("Learning.AlreadyEnrolled");

    public static readonly Error NotEnrolled = new("Learning.NotEnrolled");

    public static readonly Error HolderNameInvalid = new("Learning.HolderNameInvalid", "Name");

    public static readonly Error AlreadyRevoked = new("Learning.AlreadyRevoked");

    public static readonly Error RevocationReasonRequired = new("Learning.RevocationReasonRequired", "Reason");

    public static readonly Error CourseNotComplete = new("Learning.CourseNotComplete");

    public static readonly Error AlreadyCertified = new("Learning.AlreadyCertified");

    public static readonly Error NotCohortTrainer = new("Learning.NotCohortTrainer");

    public static readonly Error NotTrainerLed = new("Learning.NotTrainerLed");

    public static readonly Error MemberNotFound = new("Learning.MemberNotFound", "Email");

    public static readonly Error AlreadyPublished = new("Learning.AlreadyPublished");

    public static readonly Error AlreadyUnpublished = new("Learning.AlreadyUnpublished");

    public static readonly Error CourseEmpty = new("Learning.CourseEmpty");

    public static readonly Error StepHasProgress = new("Learning.StepHasProgress");

    public static readonly Error SectionNotEmpty = new("Learning.SectionNotEmpty");

    public static readonly Error MinutesOutOfRange = new("Learning.MinutesOutOfRange", "Minutes");

    public static readonly Error VideoUrlUnsupported = new("Learning.VideoUrlUnsupported", "VideoUrl");

    public static readonly Error AttachmentsInvalid = new("Learning.AttachmentsInvalid", "Attachments");

    public static readonly Error TrueFalseNeedsTwoOptions = new("Learning.TrueFalseNeedsTwoOptions", "Options");

    public static readonly Error MatchingNeedsPairs = new("Learning.MatchingNeedsPairs", "Options");

    public static readonly Error DrawCountOutOfRange = new("Learning.DrawCountOutOfRange", "DrawCount");

    public static readonly Error CohortAlreadyClosed = new("Learning.CohortAlreadyClosed");

    public static readonly Error CapacityBelowEnrolled = new("Learning.CapacityBelowEnrolled", "Capacity");
}
