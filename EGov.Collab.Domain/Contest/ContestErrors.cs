using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>Refusals in the contest; codes are keys in ContestResource.</summary>
public static class ContestErrors
{
    public static readonly Error ScoreOutOfScale = new("Contest.ScoreOutOfScale", "Score");
    public static readonly Error ScoreMissing = new("Contest.ScoreMissing", "Score");
    public static readonly Error Conflicted = new("Contest.Conflicted");
    public static readonly Error NotOnPanel = new("Contest.NotOnPanel");
    public static readonly Error ScoringLocked = new("Contest.ScoringLocked");
    public static readonly Error ScoringClosed = new("Contest.ScoringClosed");
    public static readonly Error AlreadySubmitted = new("Contest.AlreadySubmitted");
    public static readonly Error WeightsNotHundred = new("Contest.WeightsNotHundred", "Weight");
    public static readonly Error InvalidScale = new("Contest.InvalidScale", "Scale");
    public static readonly Error InvalidWeight = new("Contest.InvalidWeight", "Weight");
    public static readonly Error VotingClosed = new("Contest.VotingClosed");
    public static readonly Error AlreadyVoted = new("Contest.AlreadyVoted");
    public static readonly Error VoteLimitReached = new("Contest.VoteLimitReached");
    public static readonly Error EmailNotConfirmed = new("Contest.EmailNotConfirmed");
    public static readonly Error NotVoted = new("Contest.NotVoted");
    public static readonly Error EntryNotEligible = new("Contest.EntryNotEligible");
    public static readonly Error TooManyRequests = new("Contest.TooManyRequests");
    public static readonly Error RegistrationClosed = new("Contest.RegistrationClosed");
    public static readonly Error EntryAlreadySubmitted = new("Contest.EntryAlreadySubmitted");
    public static readonly Error ReasonRequired = new("Contest.ReasonRequired", "Reason");
    public static readonly Error AttachmentTooLarge = new("Contest.AttachmentTooLarge", "Attachment");
    public static readonly Error AttachmentType = new("Contest.AttachmentType", "Attachment");
    public static readonly Error TooManyAttachments = new("Contest.TooManyAttachments", "Attachment");
    public static readonly Error AttachmentsNotAllowed = new("Contest.AttachmentsNotAllowed", "Attachment");
    public static readonly Error ResultsNotApproved = new("Contest.ResultsNotApproved");
    public static readonly Error ScoringNotLocked = new("Contest.ScoringNotLocked");
    public static readonly Error PhaseOrder = new("Contest.PhaseOrder", "Schedule");
    public static readonly Error NotEntryOwner = new("Contest.NotEntryOwner");
    public static readonly Error CriteriaInUse = new("Contest.CriteriaInUse", "Weight");
    public static readonly Error EditionYearTaken = new("Contest.EditionYearTaken", "Year");
    public static readonly Error NotAJuror = new("Contest.NotAJuror", "Juror");
    public static readonly Error AlreadyOnPanel = new("Contest.AlreadyOnPanel", "Juror");
    public static readonly Error NotAssigned = new("Contest.NotAssigned");
    public static readonly Error AlreadyAssigned = new("Contest.AlreadyAssigned", "Reviewer");
    public static readonly Error AssignmentHasWork = new("Contest.AssignmentHasWork", "Reviewer");
    public static readonly Error InvalidPerEntry = new("Contest.InvalidPerEntry", "PerEntry");
    public static readonly Error NoReviewers = new("Contest.NoReviewers", "Reviewer");
    public static readonly Error OwnEntry = new("Contest.OwnEntry");
    public static readonly Error OwnEntryJudged = new("Contest.OwnEntryJudged");
    public static readonly Error TooManyFields = new("Contest.TooManyFields", "Fields");
    public static readonly Error ChoicesRequired = new("Contest.ChoicesRequired", "Choices");
    public static readonly Error FieldInUse = new("Contest.FieldInUse", "Fields");
    public static readonly Error NotANumber = new("Contest.NotANumber");
    public static readonly Error NumberOutOfRange = new("Contest.NumberOutOfRange");
    public static readonly Error NotAUrl = new("Contest.NotAUrl");
    public static readonly Error NotAChoice = new("Contest.NotAChoice");
}
