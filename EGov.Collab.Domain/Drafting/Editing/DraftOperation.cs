namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// One edit of a draft. Text positions are UTF-16 offsets inside one provision's text (the same in C# and the
/// browser), never splitting a surrogate pair. These are the units the operation log stores, the server transforms
/// and the browser's client module mirrors (wwwroot/js/drafting).
/// </summary>
public abstract record DraftOperation;

public sealed record InsertText(Guid ProvisionId, int Offset, string Text) : DraftOperation;

/// <summary><see cref="Text"/> is what was removed, so the operation can be inverted for undo.</summary>
public sealed record DeleteText(Guid ProvisionId, int Offset, string Text) : DraftOperation;

/// <summary>A new provision at <see cref="Index"/> in the list.</summary>
public sealed record AddProvision(int Index, Provision Provision) : DraftOperation;

/// <summary><see cref="Removed"/> and <see cref="Index"/> are what was there, so the operation can be inverted.</summary>
public sealed record DeleteProvision(int Index, Provision Removed) : DraftOperation;

/// <summary>Moves the provision to <see cref="ToIndex"/> (its index in the list after the move).</summary>
public sealed record MoveProvision(Guid ProvisionId, int ToIndex) : DraftOperation
{
    /// <summary>Where the provision was (filled in by <see cref="DraftOperations.Complete"/>; transforms need it).</summary>
    public int FromIndex { get; init; } = -1;
}

/// <summary>The text from <see cref="Offset"/> on becomes a new provision right after it, of the same kind.</summary>
public sealed record SplitProvision(Guid ProvisionId, int Offset, Guid NewProvisionId) : DraftOperation
{
    /// <summary>The split provision's index (filled in by <see cref="DraftOperations.Complete"/>; transforms need it).</summary>
    public int Index { get; init; } = -1;
}

/// <summary>
/// The provision's text is appended to <see cref="IntoProvisionId"/> (the one before it when a person merges; after
/// concurrent edits it may no longer be adjacent), and the provision goes.
/// </summary>
public sealed record MergeProvision(Guid ProvisionId, Guid IntoProvisionId) : DraftOperation
{
    /// <summary>The merged provision's index (filled in by <see cref="DraftOperations.Complete"/>).</summary>
    public int Index { get; init; } = -1;

    /// <summary>The length of the target's text before the merge: where the merged text starts.</summary>
    public int IntoLength { get; init; } = -1;
}

/// <summary>Changes a provision's kind (an article becomes a part, a paragraph an item).</summary>
public sealed record ChangeKind(Guid ProvisionId, ProvisionKind From, ProvisionKind To) : DraftOperation;

/// <summary>A comment's or amendment's anchor: a range of one provision's text, kept on its words as the text changes.</summary>
public sealed record TextAnchor(Guid ProvisionId, int Start, int End);
