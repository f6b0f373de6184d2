using System.Collections.Concurrent;

namespace EGov.Collab.App.Common;

/// <summary>
/// At most <see cref="Limit"/> counted events per key (an address, a member) in a sliding <see cref="Window"/>, in this
/// process. Register one instance per purpose (keyed DI or a small subclass); keys that go quiet are swept on use.
/// </summary>
public class SlidingWindowThrottle(int limit, TimeSpan window, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _events = new(StringComparer.Ordinal);
    private long _calls;

    public int Limit => limit;

    public TimeSpan Window => window;

    /// <summary>True, and counted, when one more event may happen for this key now.</summary>
    public bool TryTake(string key)
    {
        var times = Times(key);
        lock (times)
        {
            Expire(times);
            if (times.Count >= limit) return false;
            times.Enqueue(clock.GetUtcNow());
            return true;
        }
    }

    /// <summary>Whether the key has used up its events, without counting one.</summary>
    public bool IsExhausted(string key)
    {
        if (!_events.TryGetValue(key, out var times)) return false;
        lock (times)
        {
            Expire(times);
            return times.Count >= limit;
        }
    }

    /// <summary>Counts an event that already happened (a failed attempt), even past the limit.</summary>
    public void Record(string key)
    {
        var times = Times(key);
        lock (times)
        {
            Expire(times);
            if (times.Count < limit) times.Enqueue(clock.GetUtcNow());
        }
    }

    public void Reset(string key) => _events.TryRemove(key, out _);

    private Queue<DateTimeOffset> Times(string key)
    {
        if (Interlocked.Increment(ref _calls) % 1024 == 0) Sweep();
        return _events.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
    }

    private void Expire(Queue<DateTimeOffset> times)
    {
        var now = clock.GetUtcNow();
        while (times.Count > 0 && now - times.Peek() >= window) times.Dequeue();
    }

    private void Sweep()
    {
        foreach (var (key, times) in _events)
        {
            lock (times)
            {
                Expire(times);
                if (times.Count == 0) _events.TryRemove(key, out _);
            }
        }
    }
}
