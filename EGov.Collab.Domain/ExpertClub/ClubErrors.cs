using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>Refusals in the expert club; codes are keys in ExpertClubResource.</summary>
public static class ClubErrors
{
    public static readonly Error NotAMember = new("ExpertClub.NotAMember");
    public static readonly Error TopicLocked = new("ExpertClub.TopicLocked");
    public static readonly Error SlowDown = new("ExpertClub.SlowDown", "Text");
    public static readonly Error NotYourMessage = new("ExpertClub.NotYourMessage");
    public static readonly Error MessageHidden = new("ExpertClub.MessageHidden");
    public static readonly Error PollClosed = new("ExpertClub.PollClosed");
    public static readonly Error PollNoChoice = new("ExpertClub.PollNoChoice", "Options");
    public static readonly Error PollSingleChoice = new("ExpertClub.PollSingleChoice", "Options");
    public static readonly Error PollUnknownOption = new("ExpertClub.PollUnknownOption", "Options");
    public static readonly Error PollTooFewOptions = new("ExpertClub.PollTooFewOptions", "Options");
    public static readonly Error PollTooManyOptions = new("ExpertClub.PollTooManyOptions", "Options");
    public static readonly Error PollDuplicateOptions = new("ExpertClub.PollDuplicateOptions", "Options");
    public static readonly Error PollDeadlinePast = new("ExpertClub.PollDeadlinePast", "ClosesAt");
    public static readonly Error AlreadyApplied = new("ExpertClub.AlreadyApplied");
    public static readonly Error NotPending = new("ExpertClub.NotPending");
    public static readonly Error UnknownReaction = new("ExpertClub.UnknownReaction");
    public static readonly Error AlreadyFlagged = new("ExpertClub.AlreadyFlagged");
    public static readonly Error TooManyAttachments = new("ExpertClub.TooManyAttachments", "Attachments");
    public static readonly Error WriteToYourself = new("ExpertClub.WriteToYourself");
    public static readonly Error NoSuchRecipient = new("ExpertClub.NoSuchRecipient");
    public static readonly Error DuplicateAttachment = new("ExpertClub.DuplicateAttachment", "Attachments");
}
