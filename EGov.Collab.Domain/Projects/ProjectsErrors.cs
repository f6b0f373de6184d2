using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Projects;

/// <summary>Refusals in the project exchange; codes are keys of ProjectsResource.</summary>
public static class ProjectsErrors
{
    public static readonly Error ListingNotFound = new("Projects.Error.NotFound");
    public static readonly Error NotAuthor = new("Projects.Error.NotAuthor");
    public static readonly Error NotPending = new("Projects.Error.NotPending");
    public static readonly Error NotPublished = new("Projects.Error.NotPublished");
    public static readonly Error Expired = new("Projects.Error.Expired");
    public static readonly Error Archived = new("Projects.Error.Archived");
    public static readonly Error ReasonRequired = new("Projects.Error.ReasonRequired", "Reason");
    public static readonly Error OwnListing = new("Projects.Error.OwnListing");
    public static readonly Error InterestTwice = new("Projects.Error.InterestTwice");
    public static readonly Error InterestNotFound = new("Projects.Error.InterestNotFound");
    public static readonly Error InterestDecided = new("Projects.Error.InterestDecided");
    public static readonly Error NoOrganisation = new("Projects.Error.NoOrganisation");
    public static readonly Error EndorsedTwice = new("Projects.Error.EndorsedTwice");
    public static readonly Error OwnOrganisation = new("Projects.Error.OwnOrganisation");
    public static readonly Error BudgetRange = new("Projects.Error.BudgetRange", "BudgetMax");
    public static readonly Error UnknownRegion = new("Projects.Error.UnknownRegion", "Regions");
    public static readonly Error UnknownReadinessCode = new("Projects.Error.UnknownReadinessCode", "ReadinessCodes");
    public static readonly Error Licence = new("Projects.Error.Licence", "Licence");
    public static readonly Error RepositoryUrl = new("Projects.Error.RepositoryUrl", "RepositoryUrl");
    public static readonly Error ContactEmail = new("Projects.Error.ContactEmail", "ContactEmail");
    public static readonly Error TooManyItems = new("Projects.Error.TooManyItems");
    public static readonly Error TooManyAttachments = new("Projects.Error.TooManyAttachments");
    public static readonly Error NotYetRenewable = new("Projects.Error.NotYetRenewable");
}
