using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting;

/// <summary>Carries a comment's anchor from the revision it was made at through every later operation.</summary>
public static class CommentAnchors
{
    /// <summary>The anchor now, or null when its provision is no longer in the text.</summary>
    public static TextAnchor? Current(DraftComment comment, IReadOnlyList<AppliedOperation> history, DraftDocument current)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(current);
        if (comment.ProvisionId is not { } provisionId) return null;
        var anchor = new TextAnchor(provisionId, comment.AnchorStart, comment.AnchorEnd);
        foreach (var applied in history)
        {
            if (applied.Revision <= comment.AnchorRevision) continue;
            anchor = Map(anchor, applied.Operation);
        }
        return current.Find(anchor.ProvisionId) is null ? null : anchor;
    }

    // Until the engine's AnchorMapping lands: text edits only (structural operations keep the anchor).
    private static TextAnchor Map(TextAnchor anchor, DraftOperation operation) => operation switch
    {
        InsertText insert when insert.ProvisionId == anchor.ProvisionId => anchor with
        {
            Start = insert.Offset <= anchor.Start ? anchor.Start + insert.Text.Length : anchor.Start,
            End = insert.Offset < anchor.End ? anchor.End + insert.Text.Length : anchor.End,
        },
        DeleteText delete when delete.ProvisionId == anchor.ProvisionId => anchor with
        {
            Start = After(anchor.Start, delete.Offset, delete.Text.Length),
            End = After(anchor.End, delete.Offset, delete.Text.Length),
        },
        _ => anchor,
    };

    private static int After(int position, int offset, int length) =>
        position <= offset ? position : Math.Max(offset, position - length);
}
