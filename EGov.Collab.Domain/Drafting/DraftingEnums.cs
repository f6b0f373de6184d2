namespace EGov.Collab.Domain.Drafting;

/// <summary>What kind of act a draft is; it picks the template and the title page of exports.</summary>
public enum DraftKind
{
    Law = 1,
    CabinetResolution = 2,
    Order = 3,
    Programme = 4,
    ProjectApplication = 5,
}

/// <summary>Who may read a group's drafts: its members only, or (during a consultation) every registered member.</summary>
public enum GroupVisibility
{
    MembersOnly = 1,
    OpenToConsultation = 2,
}

public enum GroupRole
{
    Member = 1,
    Chair = 2,
}

public enum InvitationStatus
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
}

public enum AmendmentKind
{
    /// <summary>Replace the provision's text.</summary>
    Replace = 1,
    /// <summary>Insert a new provision right after it.</summary>
    InsertAfter = 2,
    /// <summary>Delete the provision.</summary>
    Delete = 3,
}

public enum AmendmentStatus
{
    Open = 1,
    Accepted = 2,
    Rejected = 3,
    Withdrawn = 4,
}

public enum Stance
{
    Support = 1,
    Oppose = 2,
    Comment = 3,
}
