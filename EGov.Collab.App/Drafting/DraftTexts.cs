using EGov.Collab.App.Drafting.Live;

namespace EGov.Collab.App.Drafting;

/// <summary>Small helpers over <see cref="IDraftEditing"/>.</summary>
public static class DraftTexts
{
    /// <summary>Whether the draft's log has been started (IDraftEditing reports a missing text by InvalidOperationException).</summary>
    public static async Task<bool> ExistsAsync(IDraftEditing editing, Guid draftId)
    {
        ArgumentNullException.ThrowIfNull(editing);
        try
        {
            await editing.CurrentAsync(draftId);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
