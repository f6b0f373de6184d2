namespace EGov.Collab.Domain.Methodology;

/// <summary>
/// A template, example or draft citing an act, with the act's state as its author last saw it. When the act's status or
/// latest edition moves on (<see cref="ActState"/>), the citation is flagged until someone acknowledges the change.
/// </summary>
public sealed class ActCitation
{
    public const int StateMaxLength = 40;

    private ActCitation()
    {
        SeenState = "";
    }

    public Guid Id { get; private set; }
    public CitingKind Kind { get; private set; }
    public Guid CitingId { get; private set; }
    public Guid ActId { get; private set; }

    /// <summary>Who is told when the act changes: the author of the template, example or draft.</summary>
    public Guid? AuthorId { get; private set; }
    public string SeenState { get; private set; }
    public DateTimeOffset? FlaggedAt { get; private set; }

    public bool IsFlagged => FlaggedAt is not null;

    public static ActCitation Create(CitingKind kind, Guid citingId, Guid actId, Guid? authorId, string seenState) =>
        new() { Id = Guid.CreateVersion7(), Kind = kind, CitingId = citingId, ActId = actId, AuthorId = authorId, SeenState = seenState };

    /// <summary>Flags the citation when the act's state differs from what was seen; true only the first time (so a re-check notifies once).</summary>
    public bool Check(string currentState, DateTimeOffset now)
    {
        if (IsFlagged || currentState == SeenState) return false;
        FlaggedAt = now;
        return true;
    }

    /// <summary>The author has looked at the change: the current state becomes the seen one.</summary>
    public void Acknowledge(string currentState)
    {
        SeenState = currentState;
        FlaggedAt = null;
    }
}

/// <summary>What the watch compares: an act's status on a day and the date of its latest edition.</summary>
public static class ActState
{
    public static string Of(LegalAct act, DateOnly? latestEdition, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(act);
        return $"{act.StatusOn(today)}|{latestEdition?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
    }
}
