using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>Applies operations to documents, checking every precondition (nothing is trusted from a browser).</summary>
public static class DraftOperations
{
    /// <summary>A new draft's first text, checked as the operations that build it from nothing.</summary>
    public static Result<DraftDocument> Initial(DraftDocument document) =>
        Apply(DraftDocument.Empty, document.Provisions.Select((provision, index) => (DraftOperation)new AddProvision(index, provision)));

    public static Result<DraftDocument> Apply(DraftDocument document, IEnumerable<DraftOperation> operations)
    {
        foreach (var operation in operations)
        {
            var applied = Apply(document, operation);
            if (!applied.IsSuccess) return applied;
            document = applied.Value;
        }
        return document;
    }

    public static Result<DraftDocument> Apply(DraftDocument document, DraftOperation operation)
    {
        var provisions = document.Provisions;
        switch (operation)
        {
            case InsertText insert:
            {
                var index = document.IndexOf(insert.ProvisionId);
                if (index < 0) return DraftEditingErrors.UnknownProvision;
                var text = provisions[index].Text;
                if (insert.Text.Length > DraftLimits.MaxPasteLength) return DraftEditingErrors.PasteTooLong;
                if (insert.Offset < 0 || insert.Offset > text.Length) return DraftEditingErrors.OutOfRange;
                if (SplitsPair(text, insert.Offset)) return DraftEditingErrors.SplitsCharacter;
                if (text.Length + insert.Text.Length > DraftLimits.MaxProvisionLength) return DraftEditingErrors.ProvisionTooLong;
                return Replace(document, index, provisions[index] with { Text = text.Insert(insert.Offset, insert.Text) });
            }
            case DeleteText delete:
            {
                var index = document.IndexOf(delete.ProvisionId);
                if (index < 0) return DraftEditingErrors.UnknownProvision;
                var text = provisions[index].Text;
                if (delete.Offset < 0 || delete.Offset + delete.Text.Length > text.Length) return DraftEditingErrors.OutOfRange;
                if (SplitsPair(text, delete.Offset) || SplitsPair(text, delete.Offset + delete.Text.Length)) return DraftEditingErrors.SplitsCharacter;
                if (string.CompareOrdinal(text, delete.Offset, delete.Text, 0, delete.Text.Length) != 0) return DraftEditingErrors.TextMismatch;
                return Replace(document, index, provisions[index] with { Text = text.Remove(delete.Offset, delete.Text.Length) });
            }
            case AddProvision add:
                if (add.Index < 0 || add.Index > provisions.Count) return DraftEditingErrors.OutOfRange;
                if (document.IndexOf(add.Provision.Id) >= 0) return DraftEditingErrors.DuplicateProvision;
                if (provisions.Count >= DraftLimits.MaxProvisions) return DraftEditingErrors.TooManyProvisions;
                if (add.Provision.Text.Length > DraftLimits.MaxPasteLength) return DraftEditingErrors.PasteTooLong;
                return new DraftDocument(provisions.Insert(add.Index, add.Provision));
            case DeleteProvision delete:
                if (delete.Index < 0 || delete.Index >= provisions.Count) return DraftEditingErrors.OutOfRange;
                if (provisions[delete.Index].Id != delete.Removed.Id) return DraftEditingErrors.UnknownProvision;
                if (provisions[delete.Index] != delete.Removed) return DraftEditingErrors.TextMismatch;
                return new DraftDocument(provisions.RemoveAt(delete.Index));
            case MoveProvision move:
            {
                var from = document.IndexOf(move.ProvisionId);
                if (from < 0) return DraftEditingErrors.UnknownProvision;
                if (move.FromIndex != from || move.ToIndex < 0 || move.ToIndex >= provisions.Count) return DraftEditingErrors.OutOfRange;
                var moved = provisions[from];
                return new DraftDocument(provisions.RemoveAt(from).Insert(move.ToIndex, moved));
            }
            case SplitProvision split:
            {
                var index = document.IndexOf(split.ProvisionId);
                if (index < 0) return DraftEditingErrors.UnknownProvision;
                if (split.Index != index) return DraftEditingErrors.OutOfRange;
                if (document.IndexOf(split.NewProvisionId) >= 0) return DraftEditingErrors.DuplicateProvision;
                if (provisions.Count >= DraftLimits.MaxProvisions) return DraftEditingErrors.TooManyProvisions;
                var provision = provisions[index];
                if (split.Offset < 0 || split.Offset > provision.Text.Length) return DraftEditingErrors.OutOfRange;
                if (SplitsPair(provision.Text, split.Offset)) return DraftEditingErrors.SplitsCharacter;
                var head = provision with { Text = provision.Text[..split.Offset] };
                var tail = new Provision(split.NewProvisionId, provision.Kind, provision.Text[split.Offset..]);
                return new DraftDocument(provisions.SetItem(index, head).Insert(index + 1, tail));
            }
            case MergeProvision merge:
            {
                var index = document.IndexOf(merge.ProvisionId);
                var into = document.IndexOf(merge.IntoProvisionId);
                if (index < 0 || into < 0 || index == into) return DraftEditingErrors.UnknownProvision;
                var target = provisions[into];
                if (merge.Index != index || merge.IntoLength != target.Text.Length) return DraftEditingErrors.OutOfRange;
                if (target.Text.Length + provisions[index].Text.Length > DraftLimits.MaxProvisionLength) return DraftEditingErrors.ProvisionTooLong;
                var merged = provisions.SetItem(into, target with { Text = target.Text + provisions[index].Text });
                return new DraftDocument(merged.RemoveAt(index));
            }
            case ChangeKind change:
            {
                var index = document.IndexOf(change.ProvisionId);
                if (index < 0) return DraftEditingErrors.UnknownProvision;
                if (provisions[index].Kind != change.From || !Enum.IsDefined(change.To)) return DraftEditingErrors.TextMismatch;
                return Replace(document, index, provisions[index] with { Kind = change.To });
            }
            default:
                return DraftEditingErrors.Malformed;
        }
    }

    /// <summary>
    /// Fills in what a structural operation carries for transforms (the index of the provision it acts on, the
    /// target's length) from the document it is about to apply to. Operations made on the server go through this.
    /// </summary>
    public static DraftOperation Complete(DraftDocument document, DraftOperation operation) => operation switch
    {
        MoveProvision move when move.FromIndex < 0 => move with { FromIndex = document.IndexOf(move.ProvisionId) },
        SplitProvision split when split.Index < 0 => split with { Index = document.IndexOf(split.ProvisionId) },
        MergeProvision merge when merge.Index < 0 || merge.IntoLength < 0 => merge with
        {
            Index = document.IndexOf(merge.ProvisionId),
            IntoLength = document.Find(merge.IntoProvisionId)?.Text.Length ?? -1,
        },
        _ => operation,
    };

    /// <summary>Completes and applies a sequence made against <paramref name="document"/> (server-side edits).</summary>
    public static Result<(DraftDocument Document, IReadOnlyList<DraftOperation> Operations)> CompleteAndApply(
        DraftDocument document, IEnumerable<DraftOperation> operations)
    {
        var completed = new List<DraftOperation>();
        foreach (var operation in operations)
        {
            var full = Complete(document, operation);
            var applied = Apply(document, full);
            if (!applied.IsSuccess) return applied.Error!;
            document = applied.Value;
            completed.Add(full);
        }
        return (document, completed);
    }

    /// <summary>True when the operation changes nothing (an empty insertion or deletion, a move to where it is).</summary>
    public static bool IsNoOp(DraftOperation operation) => operation switch
    {
        InsertText insert => insert.Text.Length == 0,
        DeleteText delete => delete.Text.Length == 0,
        MoveProvision move => move.FromIndex == move.ToIndex,
        ChangeKind change => change.From == change.To,
        _ => false,
    };

    private static DraftDocument Replace(DraftDocument document, int index, Provision provision) =>
        document.WithProvisionAt(index, provision);

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);
}
