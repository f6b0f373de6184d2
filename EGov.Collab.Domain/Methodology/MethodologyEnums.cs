namespace EGov.Collab.Domain.Methodology;

/// <summary>The kinds of act the registry holds (the Verkhovna Rada's open-data "legalActType").</summary>
public enum LegalActType
{
    Law = 1,
    Resolution = 2,
    Order = 3,
    Decree = 4,
    Concept = 5,
    Strategy = 6,
    MinistryOrder = 7,
    Code = 8,
}

/// <summary>An act's legal force on a given day, derived from its dates (ELI <c>legislationLegalForce</c>).</summary>
public enum LegalActStatus
{
    InForce = 1,
    NotYetInForce = 2,
    LostForce = 3,
}

/// <summary>A typed link from one act to another: the source amends, repeals or is the basis for the target.</summary>
public enum ActLinkType
{
    Amends = 1,
    Repeals = 2,
    IsBasisFor = 3,
}

public enum MethodologyLevel
{
    National = 1,
    Regional = 2,
    Community = 3,
}

public enum ExampleKind
{
    Method = 1,
    Strategy = 2,
    Programme = 3,
}

/// <summary>What cites an act and is watched for the act's changes.</summary>
public enum CitingKind
{
    Template = 1,
    Example = 2,
    Draft = 3,
}
