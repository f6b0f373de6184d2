using System.Diagnostics;

namespace EGov.Collab.Bench;

/// <summary>
/// CPU time, wall time and memory of this process over a measured stretch. CPU% is of one core (200% = both cores);
/// peak memory is sampled every 50 ms from the working set, so it is the peak the operating system saw.
/// </summary>
public sealed class ProcessMeter : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart;
    private readonly Timer _sampler;
    private long _peakWorkingSet;

    public ProcessMeter()
    {
        _process.Refresh();
        _cpuAtStart = _process.TotalProcessorTime;
        _peakWorkingSet = _process.WorkingSet64;
        _sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }

    public TimeSpan Wall => _wall.Elapsed;

    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime - _cpuAtStart;
        }
    }

    public double PeakMegabytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakWorkingSet) / 1024.0 / 1024.0;
        }
    }

    public double CpuPercent => Cpu.TotalMilliseconds / Math.Max(1, Wall.TotalMilliseconds) * 100;

    private void Sample()
    {
        _process.Refresh();
        var now = _process.WorkingSet64;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peakWorkingSet)) && Interlocked.CompareExchange(ref _peakWorkingSet, now, seen) != seen) { }
    }

    public override string ToString() =>
        $"wall={Wall.TotalSeconds:F2} s cpu={Cpu.TotalSeconds:F2} s ({CpuPercent:F0}% of one core) peak working set={PeakMegabytes:F0} MB";

    public void Dispose()
    {
        _sampler.Dispose();
        _process.Dispose();
    }
}
