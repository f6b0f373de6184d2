namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// Keeps a comment's or amendment's range on its words as the text changes: text typed at either edge stays outside
/// the range, deleted text shrinks it, a split or merge carries it into the provision that now holds its words.
/// When its provision is deleted the anchor is returned unchanged (its provision is gone: the caller shows it as
/// detached).
/// </summary>
public static class AnchorMapping
{
    public static TextAnchor Map(TextAnchor anchor, DraftOperation operation)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        switch (operation)
        {
            case InsertText insert when insert.ProvisionId == anchor.ProvisionId:
            {
                var length = insert.Text.Length;
                var collapsed = anchor.Start == anchor.End;
                var start = insert.Offset <= anchor.Start ? anchor.Start + length : anchor.Start;
                var end = insert.Offset < anchor.End || (collapsed && insert.Offset <= anchor.End) ? anchor.End + length : anchor.End;
                return anchor with { Start = start, End = end };
            }
            case DeleteText delete when delete.ProvisionId == anchor.ProvisionId:
                return anchor with
                {
                    Start = OperationOver.PositionAfterDelete(anchor.Start, delete.Offset, delete.Text.Length),
                    End = OperationOver.PositionAfterDelete(anchor.End, delete.Offset, delete.Text.Length),
                };
            case SplitProvision split when split.ProvisionId == anchor.ProvisionId:
                if (anchor.Start >= split.Offset && anchor.End > split.Offset || anchor.Start > split.Offset)
                    return new TextAnchor(split.NewProvisionId, anchor.Start - split.Offset, anchor.End - split.Offset);
                return anchor with { End = Math.Min(anchor.End, split.Offset) };
            case MergeProvision merge when merge.ProvisionId == anchor.ProvisionId:
                return new TextAnchor(merge.IntoProvisionId, anchor.Start + merge.IntoLength, anchor.End + merge.IntoLength);
            default:
                return anchor;
        }
    }

    /// <summary>Maps through a sequence of operations, oldest first.</summary>
    public static TextAnchor Map(TextAnchor anchor, IEnumerable<DraftOperation> operations) =>
        operations.Aggregate(anchor, Map);
}
