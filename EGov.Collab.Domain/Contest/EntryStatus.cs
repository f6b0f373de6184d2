namespace EGov.Collab.Domain.Contest;

public enum EntryStatus
{
    Draft = 0,
    Submitted = 1,
    Eligible = 2,
    Ineligible = 3,
}

/// <summary>How the jurors' scores of one entry are combined.</summary>
public enum JuryAggregation
{
    /// <summary>Mean of the jurors' weighted scores.</summary>
    Mean = 0,
    /// <summary>Median of the jurors' weighted scores: one outlier does not move it.</summary>
    Median = 1,
    /// <summary>Each juror's scores standardised over the entries they scored (Evalato-style), then averaged.</summary>
    ZScore = 2,
}

public enum ConflictSource
{
    SameOrganisation = 1,
    SameCommunity = 2,
    Declared = 3,
    /// <summary>The juror (or expert) submitted the entry themselves.</summary>
    OwnEntry = 4,
}
