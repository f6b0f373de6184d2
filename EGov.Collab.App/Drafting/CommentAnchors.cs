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
            anchor = AnchorMapping.Map(anchor, applied.Operation);
        }
        return current.Find(anchor.ProvisionId) is null ? null : anchor;
    }
}
