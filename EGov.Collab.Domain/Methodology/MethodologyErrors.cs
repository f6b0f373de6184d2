using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Methodology;

/// <summary>Refusals of the methodology module; codes are keys of MethodologyResource.</summary>
public static class MethodologyErrors
{
    public static readonly Error DuplicateIdentifier = new("Methodology.Error.DuplicateIdentifier", "identifier");
    public static readonly Error EditionBeforeAct = new("Methodology.Error.EditionBeforeAct", "editionDate");
    public static readonly Error EffectiveBeforeAct = new("Methodology.Error.EffectiveBeforeAct", "effectiveFrom");
    public static readonly Error LostForceBeforeAct = new("Methodology.Error.LostForceBeforeAct", "lostForceOn");
    public static readonly Error EditionNeedsSource = new("Methodology.Error.EditionNeedsSource", "text");
    public static readonly Error SelfLink = new("Methodology.Error.SelfLink", "target");
    public static readonly Error AmendsCycle = new("Methodology.Error.AmendsCycle", "target");
    public static readonly Error DuplicateLink = new("Methodology.Error.DuplicateLink", "target");
    public static readonly Error NotAnEditor = new("Methodology.Error.NotAnEditor");
    public static readonly Error NotInGroup = new("Methodology.Error.NotInGroup", "group");
    public static readonly Error InvalidUrl = new("Methodology.Error.InvalidUrl", "url");

    public static Error UnknownPlaceholder(string name) => new("Methodology.Error.UnknownPlaceholder", name);

    public static Error UnknownProvisionKind(int line) => new("Methodology.Error.UnknownProvisionKind", line.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Error InvalidDate(string field) => new("Methodology.Error.InvalidDate", field);
}
