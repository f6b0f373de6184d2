using System.Collections.Concurrent;
using System.Diagnostics;

namespace EGov.Collab.Bench;

/// <summary>Latency samples from many threads, reported as percentiles in milliseconds.</summary>
public sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan latency) => _milliseconds.Add(latency.TotalMilliseconds);

    public void AddSince(long startTimestamp) => _milliseconds.Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _milliseconds.ToArray();
        if (sorted.Length == 0) return double.NaN;
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public override string ToString() =>
        $"n={Count} p50={Percentile(50):F1} ms p90={Percentile(90):F1} ms p99={Percentile(99):F1} ms max={Percentile(100):F1} ms";
}
