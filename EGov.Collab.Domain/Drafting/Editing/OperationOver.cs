namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// One operation <c>a</c> rewritten to apply after a concurrent <c>b</c> (both made against the same document).
/// Returns the pieces (none when <c>a</c> has nothing left to do) or null for a conflict.
/// Index rules: element indexes follow their element; an insertion point (AddProvision.Index, MoveProvision.ToIndex
/// counted in the list without the moved provision) shifts past a concurrent insertion at the same point unless it
/// goes first; a split's new provision always stays right after the split one.
/// </summary>
public static class OperationOver
{
    public static IReadOnlyList<DraftOperation>? Over(DraftOperation a, DraftOperation b, bool aFirst) => a switch
    {
        InsertText insert => InsertOver(insert, b, aFirst),
        DeleteText delete => DeleteOver(delete, b),
        AddProvision add => [add with { Index = InsertionOver(add.Index, b, aFirst) }],
        DeleteProvision delete => DeleteProvisionOver(delete, b),
        MoveProvision move => MoveOver(move, b, aFirst),
        SplitProvision split => SplitOver(split, b, aFirst),
        MergeProvision merge => MergeOver(merge, b),
        ChangeKind change => ChangeKindOver(change, b, aFirst),
        _ => throw new ArgumentOutOfRangeException(nameof(a), a, "Unknown operation."),
    };

    private static IReadOnlyList<DraftOperation> InsertOver(InsertText a, DraftOperation b, bool aFirst)
    {
        switch (b)
        {
            case InsertText other when other.ProvisionId == a.ProvisionId:
                return [a.Offset < other.Offset || (a.Offset == other.Offset && aFirst) ? a : a with { Offset = a.Offset + other.Text.Length }];
            case DeleteText other when other.ProvisionId == a.ProvisionId:
                return [a with { Offset = PositionAfterDelete(a.Offset, other.Offset, other.Text.Length) }];
            case DeleteProvision other when other.Removed.Id == a.ProvisionId:
                return [];
            case SplitProvision split when split.ProvisionId == a.ProvisionId:
                return [a.Offset <= split.Offset ? a : new InsertText(split.NewProvisionId, a.Offset - split.Offset, a.Text)];
            case MergeProvision merge when merge.ProvisionId == a.ProvisionId:
                return [new InsertText(merge.IntoProvisionId, a.Offset + merge.IntoLength, a.Text)];
            default:
                return [a];
        }
    }

    private static IReadOnlyList<DraftOperation> DeleteOver(DeleteText a, DraftOperation b)
    {
        var start = a.Offset;
        var end = a.Offset + a.Text.Length;
        switch (b)
        {
            case InsertText other when other.ProvisionId == a.ProvisionId:
                if (other.Offset <= start) return [a with { Offset = start + other.Text.Length }];
                if (other.Offset >= end) return [a];
                // Text typed inside a range someone deletes survives: the deletion goes around it.
                var cut = other.Offset - start;
                return [a with { Text = a.Text[..cut] }, new DeleteText(a.ProvisionId, start + other.Text.Length, a.Text[cut..])];
            case DeleteText other when other.ProvisionId == a.ProvisionId:
            {
                var otherEnd = other.Offset + other.Text.Length;
                if (otherEnd <= start) return [a with { Offset = start - other.Text.Length }];
                if (other.Offset >= end) return [a];
                var before = other.Offset > start ? a.Text[..(other.Offset - start)] : "";
                var after = otherEnd < end ? a.Text[(otherEnd - start)..] : "";
                var left = before + after;
                return left.Length == 0 ? [] : [new DeleteText(a.ProvisionId, Math.Min(start, other.Offset), left)];
            }
            case DeleteProvision other when other.Removed.Id == a.ProvisionId:
                return [];
            case SplitProvision split when split.ProvisionId == a.ProvisionId:
                if (end <= split.Offset) return [a];
                if (start >= split.Offset) return [new DeleteText(split.NewProvisionId, start - split.Offset, a.Text)];
                var inHead = split.Offset - start;
                return [a with { Text = a.Text[..inHead] }, new DeleteText(split.NewProvisionId, 0, a.Text[inHead..])];
            case MergeProvision merge when merge.ProvisionId == a.ProvisionId:
                return [new DeleteText(merge.IntoProvisionId, start + merge.IntoLength, a.Text)];
            default:
                return [a];
        }
    }

    private static IReadOnlyList<DraftOperation>? DeleteProvisionOver(DeleteProvision a, DraftOperation b)
    {
        var removed = a.Removed;
        switch (b)
        {
            case InsertText or DeleteText when TextTarget(b) == removed.Id:
                return [a with { Removed = removed with { Text = ApplyText(removed.Text, b) } }];
            case ChangeKind change when change.ProvisionId == removed.Id:
                return [a with { Removed = removed with { Kind = change.To } }];
            case DeleteProvision other when other.Removed.Id == removed.Id:
                return [];
            case MoveProvision move when move.ProvisionId == removed.Id:
                return [a with { Index = move.ToIndex }];
            case SplitProvision split when split.ProvisionId == removed.Id:
                return
                [
                    a with { Removed = removed with { Text = removed.Text[..split.Offset] } },
                    new DeleteProvision(a.Index, new Provision(split.NewProvisionId, removed.Kind, removed.Text[split.Offset..])),
                ];
            case MergeProvision merge when merge.ProvisionId == removed.Id:
                return removed.Text.Length == 0 ? [] : [new DeleteText(merge.IntoProvisionId, merge.IntoLength, removed.Text)];
            case MergeProvision merge when merge.IntoProvisionId == removed.Id:
                return null;
            default:
                return [a with { Index = ElementOver(a.Index, b) }];
        }
    }

    private static IReadOnlyList<DraftOperation>? MoveOver(MoveProvision a, DraftOperation b, bool aFirst)
    {
        var from = a.FromIndex;
        switch (b)
        {
            case AddProvision add:
            {
                var point = add.Index > from ? add.Index - 1 : add.Index;
                var to = a.ToIndex > point || (a.ToIndex == point && !aFirst) ? a.ToIndex + 1 : a.ToIndex;
                return [a with { FromIndex = from >= add.Index ? from + 1 : from, ToIndex = to }];
            }
            case DeleteProvision delete when delete.Removed.Id == a.ProvisionId:
                return [];
            case DeleteProvision delete:
                return [Removed(a, delete.Index)];
            case MoveProvision other when other.ProvisionId == a.ProvisionId:
                return aFirst ? [a with { FromIndex = other.ToIndex }] : [];
            case MoveProvision:
                return null;
            case SplitProvision split when split.ProvisionId == a.ProvisionId:
                return null;
            case SplitProvision split:
            {
                var inserted = split.Index + 1;
                var point = inserted > from ? inserted - 1 : inserted;
                return [a with { FromIndex = from >= inserted ? from + 1 : from, ToIndex = a.ToIndex >= point ? a.ToIndex + 1 : a.ToIndex }];
            }
            case MergeProvision merge when merge.ProvisionId == a.ProvisionId:
                return [];
            case MergeProvision merge:
                return [Removed(a, merge.Index)];
            default:
                return [a];
        }
    }

    private static MoveProvision Removed(MoveProvision a, int removedIndex)
    {
        var point = removedIndex > a.FromIndex ? removedIndex - 1 : removedIndex;
        return a with
        {
            FromIndex = a.FromIndex > removedIndex ? a.FromIndex - 1 : a.FromIndex,
            ToIndex = a.ToIndex > point ? a.ToIndex - 1 : a.ToIndex,
        };
    }

    private static IReadOnlyList<DraftOperation>? SplitOver(SplitProvision a, DraftOperation b, bool aFirst)
    {
        switch (b)
        {
            case InsertText insert when insert.ProvisionId == a.ProvisionId:
                return [insert.Offset <= a.Offset ? a with { Offset = a.Offset + insert.Text.Length } : a];
            case DeleteText delete when delete.ProvisionId == a.ProvisionId:
                return [a with { Offset = PositionAfterDelete(a.Offset, delete.Offset, delete.Text.Length) }];
            case DeleteProvision delete when delete.Removed.Id == a.ProvisionId:
                return [];
            case MoveProvision move when move.ProvisionId == a.ProvisionId:
                return null;
            case SplitProvision other when other.ProvisionId == a.ProvisionId:
                return a.Offset < other.Offset || (a.Offset == other.Offset && aFirst)
                    ? [a]
                    : [new SplitProvision(other.NewProvisionId, a.Offset - other.Offset, a.NewProvisionId) { Index = a.Index + 1 }];
            case MergeProvision merge when merge.ProvisionId == a.ProvisionId || merge.IntoProvisionId == a.ProvisionId:
                return null;
            default:
                return [a with { Index = ElementOver(a.Index, b) }];
        }
    }

    private static IReadOnlyList<DraftOperation>? MergeOver(MergeProvision a, DraftOperation b)
    {
        switch (b)
        {
            case InsertText insert when insert.ProvisionId == a.IntoProvisionId:
                return [a with { IntoLength = a.IntoLength + insert.Text.Length }];
            case DeleteText delete when delete.ProvisionId == a.IntoProvisionId:
                return [a with { IntoLength = a.IntoLength - delete.Text.Length }];
            case DeleteProvision delete when delete.Removed.Id == a.ProvisionId:
                return [];
            case DeleteProvision delete when delete.Removed.Id == a.IntoProvisionId:
                return null;
            case SplitProvision split when split.ProvisionId == a.ProvisionId || split.ProvisionId == a.IntoProvisionId:
                return null;
            case MergeProvision other when other.ProvisionId == a.ProvisionId && other.IntoProvisionId == a.IntoProvisionId:
                return [];
            case MergeProvision other when other.ProvisionId == a.ProvisionId || other.IntoProvisionId == a.ProvisionId
                                           || other.ProvisionId == a.IntoProvisionId:
                return null;
            default:
                return [a with { Index = ElementOver(a.Index, b) }];
        }
    }

    private static IReadOnlyList<DraftOperation> ChangeKindOver(ChangeKind a, DraftOperation b, bool aFirst) => b switch
    {
        DeleteProvision delete when delete.Removed.Id == a.ProvisionId => [],
        MergeProvision merge when merge.ProvisionId == a.ProvisionId => [],
        ChangeKind other when other.ProvisionId == a.ProvisionId => aFirst ? [a with { From = other.To }] : [],
        SplitProvision split when split.ProvisionId == a.ProvisionId => [a, a with { ProvisionId = split.NewProvisionId }],
        _ => [a],
    };

    /// <summary>An element's index after <paramref name="b"/> (the element itself is not the one b removes).</summary>
    private static int ElementOver(int index, DraftOperation b) => b switch
    {
        AddProvision add => index >= add.Index ? index + 1 : index,
        DeleteProvision delete => index > delete.Index ? index - 1 : index,
        MoveProvision move => MovedElement(index, move.FromIndex, move.ToIndex),
        SplitProvision split => index > split.Index ? index + 1 : index,
        MergeProvision merge => index > merge.Index ? index - 1 : index,
        _ => index,
    };

    private static int MovedElement(int index, int from, int to)
    {
        if (index == from) return to;
        var without = index > from ? index - 1 : index;
        return without >= to ? without + 1 : without;
    }

    /// <summary>An insertion point (0..count) after <paramref name="b"/>.</summary>
    private static int InsertionOver(int point, DraftOperation b, bool aFirst)
    {
        switch (b)
        {
            case AddProvision add:
                return point > add.Index || (point == add.Index && !aFirst) ? point + 1 : point;
            case DeleteProvision delete:
                return point > delete.Index ? point - 1 : point;
            case MoveProvision move:
            {
                var without = point > move.FromIndex ? point - 1 : point;
                return without > move.ToIndex || (without == move.ToIndex && !aFirst) ? without + 1 : without;
            }
            case SplitProvision split:
                return point > split.Index ? point + 1 : point;
            case MergeProvision merge:
                return point > merge.Index ? point - 1 : point;
            default:
                return point;
        }
    }

    internal static int PositionAfterDelete(int position, int deleteOffset, int deleteLength)
    {
        if (position <= deleteOffset) return position;
        if (position >= deleteOffset + deleteLength) return position - deleteLength;
        return deleteOffset;
    }

    private static Guid? TextTarget(DraftOperation operation) => operation switch
    {
        InsertText insert => insert.ProvisionId,
        DeleteText delete => delete.ProvisionId,
        _ => null,
    };

    internal static string ApplyText(string text, DraftOperation operation) => operation switch
    {
        InsertText insert => text.Insert(insert.Offset, insert.Text),
        DeleteText delete => text.Remove(delete.Offset, delete.Text.Length),
        _ => text,
    };
}
