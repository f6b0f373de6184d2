namespace EGov.Collab.Domain.Drafting;

/// <summary>One stored change as history groups it: its revision, author, time and the provision it touched (if one).</summary>
public sealed record LoggedChange(long Revision, Guid AuthorId, DateTimeOffset At, Guid? ProvisionId);

/// <summary>
/// A revision as people read history: one author's run of changes, from <see cref="FromRevision"/> (exclusive: the text
/// before it) to <see cref="ToRevision"/>, with the provisions it touched in the order first touched.
/// </summary>
public sealed record DraftRevision(long FromRevision, long ToRevision, Guid AuthorId, DateTimeOffset StartedAt, DateTimeOffset EndedAt,
    IReadOnlyList<Guid> ProvisionIds, int Changes);

/// <summary>
/// Groups the keystroke log into revisions: a new revision starts when the author changes, after a quiet pause, or
/// when the author moves on to another provision. Changes of one log revision (an accepted amendment, a restore) always
/// stay together.
/// </summary>
public static class DraftRevisions
{
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<DraftRevision> Group(IEnumerable<LoggedChange> changes, TimeSpan quiet)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(quiet, TimeSpan.Zero);
        var revisions = new List<DraftRevision>();
        Builder? current = null;
        foreach (var change in changes.OrderBy(c => c.Revision))
        {
            if (current is null || !current.Continues(change, quiet))
            {
                if (current is not null) revisions.Add(current.Build());
                current = new Builder(change);
            }
            current.Add(change);
        }
        if (current is not null) revisions.Add(current.Build());
        return revisions;
    }

    private sealed class Builder(LoggedChange first)
    {
        private readonly LoggedChange _first = first;
        private readonly List<Guid> _provisions = [];
        private LoggedChange _last = first;
        private int _count;

        public bool Continues(LoggedChange next, TimeSpan quiet)
        {
            if (next.Revision == _last.Revision) return true;
            if (next.AuthorId != _first.AuthorId) return false;
            if (next.At - _last.At > quiet) return false;
            return next.ProvisionId is null || _last.ProvisionId is null || next.ProvisionId == _last.ProvisionId;
        }

        public void Add(LoggedChange change)
        {
            if (change.ProvisionId is { } id && !_provisions.Contains(id)) _provisions.Add(id);
            _last = change;
            _count++;
        }

        public DraftRevision Build() =>
            new(_first.Revision - 1, _last.Revision, _first.AuthorId, _first.At, _last.At, _provisions, _count);
    }
}
