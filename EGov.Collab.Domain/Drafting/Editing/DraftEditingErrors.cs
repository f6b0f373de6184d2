using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>Why an edit was refused. Codes are localisation keys (App/Drafting/Live/LiveEditingResource).</summary>
public static class DraftEditingErrors
{
    public static readonly Error UnknownProvision = new("drafting.edit.unknown-provision");
    public static readonly Error OutOfRange = new("drafting.edit.out-of-range");
    public static readonly Error TextMismatch = new("drafting.edit.text-mismatch");
    public static readonly Error SplitsCharacter = new("drafting.edit.splits-character");
    public static readonly Error DuplicateProvision = new("drafting.edit.duplicate-provision");
    public static readonly Error PasteTooLong = new("drafting.edit.paste-too-long");
    public static readonly Error ProvisionTooLong = new("drafting.edit.provision-too-long");
    public static readonly Error TooManyProvisions = new("drafting.edit.too-many-provisions");
    public static readonly Error TooManyOperations = new("drafting.edit.too-many-operations");
    public static readonly Error Conflict = new("drafting.edit.conflict");
    public static readonly Error UnknownRevision = new("drafting.edit.unknown-revision");
    public static readonly Error TooFarBehind = new("drafting.edit.too-far-behind");
    public static readonly Error UnknownDraft = new("drafting.edit.unknown-draft");
    public static readonly Error NotAllowed = new("drafting.edit.not-allowed");
    public static readonly Error Malformed = new("drafting.edit.malformed");
}

/// <summary>The stated limits of live editing; the EF configuration and the browser module use the same numbers.</summary>
public static class DraftLimits
{
    /// <summary>The most text one insertion (a paste) may carry, in UTF-16 code units.</summary>
    public const int MaxPasteLength = 20_000;

    /// <summary>The longest a provision's text may grow.</summary>
    public const int MaxProvisionLength = 100_000;

    public const int MaxProvisions = 5_000;

    /// <summary>The most operations one submission may carry.</summary>
    public const int MaxOperationsPerSubmission = 500;
}
