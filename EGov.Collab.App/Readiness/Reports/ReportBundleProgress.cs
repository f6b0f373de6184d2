using System.Collections.Concurrent;

namespace EGov.Collab.App.Readiness.Reports;

/// <summary>How far the bulk report job of each year has got; pages subscribe to <see cref="Changed"/> to show it live.</summary>
public sealed class ReportBundleProgress
{
    private readonly ConcurrentDictionary<int, BundleState> _states = new();

    public event Action<int>? Changed;

    public BundleState? Of(int year) => _states.GetValueOrDefault(year);

    public void Queued(int year) => Set(year, new BundleState(0, 0, BundleStatus.Queued));

    public void Report(int year, int done, int total, BundleStatus status) => Set(year, new BundleState(done, total, status));

    private void Set(int year, BundleState state)
    {
        _states[year] = state;
        Changed?.Invoke(year);
    }
}

public enum BundleStatus
{
    Queued,
    Running,
    Finished,
    Failed,
}

public sealed record BundleState(int Done, int Total, BundleStatus Status)
{
    public int Percent => Total == 0 ? 0 : Done * 100 / Total;
}
