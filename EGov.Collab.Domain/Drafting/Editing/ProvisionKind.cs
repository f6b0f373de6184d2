namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// What a provision is. A draft is a flat, ordered list of provisions; the tree (section › chapter › article › part ›
/// item) is implied by the kinds in order, which is how legal drafters read it and what keeps moves simple to merge.
/// </summary>
public enum ProvisionKind
{
    Title = 1,
    Preamble = 2,
    Section = 3,
    Chapter = 4,
    Article = 5,
    Part = 6,
    Item = 7,
    /// <summary>Unnumbered text (a programme's narrative, a project application's answer).</summary>
    Paragraph = 8,
    FinalProvisions = 9,
    TransitionalProvisions = 10,
}
