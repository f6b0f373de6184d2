using System.Collections.Concurrent;

namespace EGov.Collab.App.Contest;

/// <summary>
/// One asynchronous gate per nomination: a nomination's score writes and its lock take turns on this node, while
/// other nominations' panels write in parallel. (Across nodes the database transaction decides; see <see cref="JuryScoring"/>.)
/// The gates are kept for the life of the process: there are a few dozen nominations an edition.
/// </summary>
public sealed class ScoringGates : IDisposable
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> EnterAsync(Guid nominationId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(nominationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public void Dispose()
    {
        foreach (var gate in _gates.Values) gate.Dispose();
        _gates.Clear();
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
