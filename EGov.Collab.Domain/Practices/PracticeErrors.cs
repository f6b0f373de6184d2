using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Practices;

/// <summary>Refusals of the depository; codes are keys in PracticesResource.</summary>
public static class PracticeErrors
{
    public static readonly Error ConceptCycle = new("Practices.Error.ConceptCycle", "BroaderId");
    public static readonly Error BroaderOtherScheme = new("Practices.Error.BroaderOtherScheme", "BroaderId");
    public static readonly Error ConceptInUse = new("Practices.Error.ConceptInUse");
    public static readonly Error ConceptHasNarrower = new("Practices.Error.ConceptHasNarrower");
    public static readonly Error NotationTaken = new("Practices.Error.NotationTaken", "Notation");
    public static readonly Error ResultUnit = new("Practices.Error.ResultUnit", "Results");
    public static readonly Error ResultDate = new("Practices.Error.ResultDate", "Results");
    public static readonly Error ResultDateOrder = new("Practices.Error.ResultDateOrder", "Results");
    public static readonly Error TooManyResults = new("Practices.Error.TooManyResults", "Results");
    public static readonly Error NotEditable = new("Practices.Error.NotEditable");
    public static readonly Error WrongStatus = new("Practices.Error.WrongStatus");
    public static readonly Error AlreadyReplicated = new("Practices.Error.AlreadyReplicated", "CommunityId");
    public static readonly Error OwnPractice = new("Practices.Error.OwnPractice", "CommunityId");
    public static readonly Error NotPublished = new("Practices.Error.NotPublished");
    public static readonly Error ReadinessCode = new("Practices.Error.ReadinessCode", "ReadinessCodes");
    public static readonly Error EmptyExport = new("Practices.Error.EmptyExport");
}
