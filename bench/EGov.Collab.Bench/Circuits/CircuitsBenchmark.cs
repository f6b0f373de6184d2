using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace EGov.Collab.Bench.Circuits;

/// <summary>
/// <c>circuits --url URL --circuits N [--scenario idle] [--path /] [--parallel 32]</c>: opens N live circuits on a
/// running portal, the way N browsers would, holds them open, and reports what each cost the server. The server's
/// working set is read from its /metrics endpoint (run on the same machine, or as an administrator).
/// </summary>
public sealed class CircuitsBenchmark : IBenchmark
{
    public string Name => "circuits";

    public string Description => "N live Blazor circuits against a running portal: --url URL --circuits N [--scenario idle]";

    public async Task RunAsync(string[] args)
    {
        var options = CircuitsOptions.Parse(args);
        var result = await RunIdleAsync(options, Console.Out, CancellationToken.None);
        Console.WriteLine(result.Summary());
    }

    /// <summary>Idle: N circuits on one page, opened <see cref="CircuitsOptions.Parallel"/> at a time, then held.</summary>
    public static async Task<CircuitsResult> RunIdleAsync(CircuitsOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = options.Parallel });
        var page = new Uri(options.Server, options.Path);
        var circuits = new List<BlazorCircuit>(options.Circuits);
        var startTimes = new Latencies();
        var failures = new List<string>();
        var gate = new object();

        // One circuit first: the code and caches every circuit shares are loaded before the baseline is read.
        await using (var warmUp = await BlazorCircuit.StartAsync(await BlazorPage.LoadAsync(http, page, cancellationToken), null, cancellationToken)) { }
        var before = await ServerMetrics.WorkingSetAsync(http, options.Server, cancellationToken);
        var wall = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, options.Circuits),
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallel, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var circuit = await BlazorCircuit.StartAsync(await BlazorPage.LoadAsync(http, page, token), null, token);
                    lock (gate)
                    {
                        circuits.Add(circuit);
                        startTimes.AddSince(started);
                        if (circuits.Count % 500 == 0) log.WriteLine($"  {circuits.Count} circuits open after {wall.Elapsed.TotalSeconds:F0} s");
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    lock (gate) failures.Add(exception.Message);
                }
            });

        // Hold: every circuit stays open a while, as idle visitors do, before the server's memory is read.
        await Task.Delay(options.Hold, cancellationToken);
        var after = await ServerMetrics.WorkingSetAsync(http, options.Server, cancellationToken);
        var dropped = circuits.Count(c => c.Failure is not null);
        foreach (var reason in failures.Concat(circuits.Select(c => c.Failure).OfType<string>()).GroupBy(r => r).Take(5))
            log.WriteLine($"  failure ×{reason.Count()}: {reason.Key}");
        var result = new CircuitsResult(options.Circuits, circuits.Count - dropped, failures.Count + dropped, before, after,
            startTimes, wall.Elapsed);
        await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
        return result;
    }
}

public sealed record CircuitsOptions(Uri Server, int Circuits, string Scenario, string Path, int Parallel, TimeSpan Hold)
{
    public static CircuitsOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var url = Value("--url") ?? throw new ArgumentException("--url is required (the portal's address, e.g. http://127.0.0.1:5000)");
        var scenario = Value("--scenario") ?? "idle";
        if (scenario != "idle") throw new ArgumentException($"scenario '{scenario}' is not implemented yet; only 'idle' is");
        return new CircuitsOptions(
            new Uri(url.EndsWith('/') ? url : url + "/"),
            int.Parse(Value("--circuits") ?? "10", CultureInfo.InvariantCulture),
            scenario,
            Value("--path") ?? "/",
            int.Parse(Value("--parallel") ?? "32", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Value("--hold") ?? "5", CultureInfo.InvariantCulture)));
    }
}

public sealed record CircuitsResult(int Requested, int Started, int Failed, long? ServerBytesBefore, long? ServerBytesAfter,
    Latencies StartLatencies, TimeSpan Elapsed)
{
    public double? KilobytesPerCircuit => ServerBytesBefore is { } before && ServerBytesAfter is { } after && Started > 0
        ? (after - before) / 1024.0 / Started
        : null;

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"circuits: {Started} started, {Failed} failed, {(KilobytesPerCircuit is { } kb ? kb.ToString("F0", CultureInfo.InvariantCulture) : "?")} KB per circuit (server), " +
        $"start p50 {StartLatencies.Percentile(50):F0} ms, p99 {StartLatencies.Percentile(99):F0} ms, " +
        $"server working set {Megabytes(ServerBytesBefore)} → {Megabytes(ServerBytesAfter)} MB, {Elapsed.TotalSeconds:F0} s");

    private static string Megabytes(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) : "?";
}
