using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting;

/// <summary>Refusals in the drafting module; codes are keys in DraftingResource.</summary>
public static class DraftingErrors
{
    public static readonly Error NotChair = new("Drafting.NotChair");
    public static readonly Error NotMember = new("Drafting.NotMember");
    public static readonly Error AlreadyMember = new("Drafting.AlreadyMember", "email");
    public static readonly Error AlreadyInvited = new("Drafting.AlreadyInvited", "email");
    public static readonly Error InvitationNotPending = new("Drafting.InvitationNotPending");
    public static readonly Error InvitationNotYours = new("Drafting.InvitationNotYours");
    public static readonly Error LastChair = new("Drafting.LastChair");
    public static readonly Error AmendmentClosed = new("Drafting.AmendmentClosed");
    public static readonly Error ReasonRequired = new("Drafting.ReasonRequired", "reason");
    public static readonly Error RationaleRequired = new("Drafting.RationaleRequired", "rationale");
    public static readonly Error TextRequired = new("Drafting.TextRequired", "text");
    public static readonly Error ProvisionGone = new("Drafting.ProvisionGone");
    public static readonly Error OwnAmendment = new("Drafting.OwnAmendment");
    public static readonly Error ConsultationAlreadyOpen = new("Drafting.ConsultationAlreadyOpen");
    public static readonly Error ConsultationNotOpen = new("Drafting.ConsultationNotOpen");
    public static readonly Error DeadlineInPast = new("Drafting.DeadlineInPast", "deadline");
    public static readonly Error CommentResolved = new("Drafting.CommentResolved");
    public static readonly Error CorruptDocx = new("Drafting.CorruptDocx", "file");
    public static readonly Error EmptyDocx = new("Drafting.EmptyDocx", "file");
    public static readonly Error FileTooLarge = new("Drafting.FileTooLarge", "file");
    public static readonly Error DocxUnpacksTooLarge = new("Drafting.DocxUnpacksTooLarge", "file");
    public static readonly Error DocxTooManyParagraphs = new("Drafting.DocxTooManyParagraphs", "file");
    public static readonly Error DocxTooSlow = new("Drafting.DocxTooSlow", "file");
    public static readonly Error UnknownRevision = new("Drafting.UnknownRevision");
    public static readonly Error GroupMembersOnly = new("Drafting.GroupMembersOnly");
    public static readonly Error AmendmentAlreadyDecided = new("Drafting.AmendmentAlreadyDecided");
    public static readonly Error NotAuthor = new("Drafting.NotAuthor");
    public static readonly Error AmendmentDeadlinePassed = new("Drafting.AmendmentDeadlinePassed");
    public static readonly Error SelectionChanged = new("Drafting.SelectionChanged");
    public static readonly Error AmendmentDeadlineOutside = new("Drafting.AmendmentDeadlineOutside", "amendmentDeadline");
}
