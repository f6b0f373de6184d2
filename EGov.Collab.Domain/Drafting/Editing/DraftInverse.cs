namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>The operations that undo one operation, given the document it was applied to (undo of one's own edits).</summary>
public static class DraftInverse
{
    public static IReadOnlyList<DraftOperation> Invert(DraftDocument before, DraftOperation operation)
    {
        switch (operation)
        {
            case InsertText insert:
                return [new DeleteText(insert.ProvisionId, insert.Offset, insert.Text)];
            case DeleteText delete:
                return [new InsertText(delete.ProvisionId, delete.Offset, delete.Text)];
            case AddProvision add:
                return [new DeleteProvision(add.Index, add.Provision)];
            case DeleteProvision delete:
                return [new AddProvision(delete.Index, delete.Removed)];
            case MoveProvision move:
                return [new MoveProvision(move.ProvisionId, move.FromIndex) { FromIndex = move.ToIndex }];
            case SplitProvision split:
                return [new MergeProvision(split.NewProvisionId, split.ProvisionId) { Index = split.Index + 1, IntoLength = split.Offset }];
            case MergeProvision merge:
            {
                // The split brings the provision back right after its target, with the target's kind: then its own
                // kind and place are restored.
                var merged = before.Find(merge.ProvisionId) ?? throw new ArgumentException("The merged provision is not in the document.", nameof(operation));
                var target = before.Find(merge.IntoProvisionId) ?? throw new ArgumentException("The target is not in the document.", nameof(operation));
                var targetIndex = before.IndexOf(merge.IntoProvisionId);
                var targetIndexAfter = merge.Index < targetIndex ? targetIndex - 1 : targetIndex;
                var undo = new List<DraftOperation>
                {
                    new SplitProvision(merge.IntoProvisionId, merge.IntoLength, merge.ProvisionId) { Index = targetIndexAfter },
                };
                if (merged.Kind != target.Kind) undo.Add(new ChangeKind(merge.ProvisionId, target.Kind, merged.Kind));
                if (targetIndexAfter + 1 != merge.Index)
                    undo.Add(new MoveProvision(merge.ProvisionId, merge.Index) { FromIndex = targetIndexAfter + 1 });
                return undo;
            }
            case ChangeKind change:
                return [new ChangeKind(change.ProvisionId, change.To, change.From)];
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation.");
        }
    }

    /// <summary>Undoes a sequence applied to <paramref name="before"/>: the inverses in reverse order.</summary>
    public static IReadOnlyList<DraftOperation> Invert(DraftDocument before, IReadOnlyList<DraftOperation> operations)
    {
        var inverses = new List<IReadOnlyList<DraftOperation>>(operations.Count);
        var document = before;
        foreach (var operation in operations)
        {
            inverses.Add(Invert(document, operation));
            document = DraftOperations.Apply(document, operation).Value;
        }
        inverses.Reverse();
        return inverses.SelectMany(x => x).ToList();
    }
}
