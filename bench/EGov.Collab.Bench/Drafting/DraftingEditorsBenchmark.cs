using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Bench.Drafting;

/// <summary>
/// (b) Simulated editors on one draft, each typing 5 operations a second, through the API the DraftEditor component
/// uses: DraftSessions.GetAsync, DraftSession.SubmitAsync, a subscription to DraftSession.TopicOf on the live bus that
/// pulls ChangesSince and serialises them as the component does for its browser. Each editor runs the client
/// protocol (Domain DraftClient, the C# twin of the browser module). Latency: from a submission's send to the moment
/// each peer has applied the committed change ("per peer"), and to the moment the last peer has ("every peer").
/// </summary>
public sealed class DraftingEditorsBenchmark : IBenchmark
{
    private const int Provisions = 40;
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(200);

    public string Name => "drafting-editors";

    public string Description => "Drafting (b): 20/50/100/250 simulated editors at 5 ops/s on one draft; submit-to-every-peer latency, CPU, memory";

    public async Task RunAsync(string[] args)
    {
        var counts = args.Length > 0 ? args[0].Split(',').Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [20, 50, 100, 250];
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        foreach (var count in counts) await RunLevelAsync(count, TimeSpan.FromSeconds(seconds));
    }

    private static async Task RunLevelAsync(int count, TimeSpan duration)
    {
        await using var bench = await BenchDraftStore.CreateAsync();
        var initial = new DraftDocument([.. Enumerable.Range(0, Provisions).Select(i =>
            new Provision(Guid.CreateVersion7(), ProvisionKind.Article, $"Стаття {i + 1}. Органи місцевого самоврядування забезпечують доступ до публічної інформації."))]);
        var (draftId, _) = await bench.NewDraftAsync(initial);
        var session = (await bench.Sessions.GetAsync(draftId))!;
        var run = new Run(count);
        var (document, revision) = session.Current;
        var editors = Enumerable.Range(0, count).Select(i => new Editor(i, run, session, document, revision)).ToList();
        var subscriptions = editors.Select(e => bench.Bus.Subscribe(DraftSession.TopicOf(draftId), _ => e.OnCommittedAsync())).ToList();

        using var stop = new CancellationTokenSource();
        var typing = editors.Select(e => e.TypeAsync(stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2)); // warm-up: JIT, first batches, thread pool growth
        run.Measuring = true;
        var loadBefore = LoadAverage();
        using var meter = new ProcessMeter();
        await Task.Delay(duration);
        run.Measuring = false;
        var cpu = meter.Cpu;
        var wall = meter.Wall;
        var peak = meter.PeakMegabytes;
        await stop.CancelAsync();
        await Task.WhenAll(typing);
        foreach (var subscription in subscriptions) subscription.Dispose();
        await session.DisposeAsync(); // lets the last batches and broadcasts finish before the editors go
        foreach (var editor in editors) editor.Dispose();

        Console.WriteLine($"{count,3} editors: {run.Submitted / wall.TotalSeconds:N0} submissions/s, {run.Keystrokes / wall.TotalSeconds:N0} ops/s, " +
                          $"revision {session.Current.Revision:N0}, refused {run.Refused}, resyncs {run.Resyncs}");
        Console.WriteLine($"     submit → applied at each peer:  {run.PerPeer}");
        Console.WriteLine($"     submit → applied at every peer: {run.EveryPeer}");
        Console.WriteLine($"     submit → acknowledged:          {run.Acknowledged}");
        Console.WriteLine($"     cpu={cpu.TotalSeconds:F2} s in {wall.TotalSeconds:F1} s ({cpu.TotalMilliseconds / wall.TotalMilliseconds * 100:F0}% of one core), " +
                          $"peak working set={peak:F0} MB, load average before {loadBefore}, after {LoadAverage()}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>What one level measures; latency samples are taken only while <see cref="Measuring"/>.</summary>
    private sealed class Run(int editors)
    {
        public readonly ConcurrentDictionary<(Guid Client, long Sequence), Sent> InFlight = new();
        public readonly Latencies PerPeer = new();
        public readonly Latencies EveryPeer = new();
        public readonly Latencies Acknowledged = new();
        public volatile bool Measuring;
        public int Submitted;
        public int Keystrokes;
        public int Refused;
        public int Resyncs;

        public int Peers => editors - 1;
    }

    /// <summary>A submission on its way: when it was sent and how many peers have yet to apply it.</summary>
    private sealed class Sent(long start, int peers, bool measured)
    {
        public readonly long Start = start;
        public readonly bool Measured = measured;
        public int Remaining = peers;
    }

    private sealed class Editor : IDisposable
    {
        private const string Letters = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя ’,.";
        private readonly Run _run;
        private readonly DraftSession _session;
        private readonly DraftClient _client;
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly Random _random;
        private readonly int _provision;
        private int _caret;

        public Editor(int index, Run run, DraftSession session, DraftDocument document, long revision)
        {
            _run = run;
            _session = session;
            _random = new Random(index);
            _client = new DraftClient(Guid.CreateVersion7(), Guid.CreateVersion7(), document, revision);
            _provision = index % Provisions;
            _caret = _random.Next(document.Provisions[_provision].Text.Length);
        }

        public async Task TypeAsync(CancellationToken stop)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(200)), CancellationToken.None);
            using var timer = new PeriodicTimer(Period);
            try
            {
                while (await timer.WaitForNextTickAsync(stop)) await KeystrokeAsync();
            }
            catch (OperationCanceledException)
            {
                // The level is over.
            }
        }

        private async Task KeystrokeAsync()
        {
            await _gate.WaitAsync();
            DraftSubmission? send;
            try
            {
                if (_client.NeedsResync) Resync();
                var provision = _client.Document.Provisions[_provision];
                _caret = Math.Min(_caret, provision.Text.Length);
                DraftOperation operation = _random.Next(10) == 0 && _caret > 0
                    ? new DeleteText(provision.Id, _caret - 1, provision.Text[(_caret - 1).._caret])
                    : new InsertText(provision.Id, _caret, Letters[_random.Next(Letters.Length)].ToString());
                var edited = _client.Edit([operation]);
                if (!edited.IsSuccess) return;
                _caret += operation is InsertText ? 1 : -1;
                if (_run.Measuring) Interlocked.Increment(ref _run.Keystrokes);
                send = edited.Value;
            }
            finally
            {
                _gate.Release();
            }
            if (send is not null) await SendAsync(send);
        }

        private async Task SendAsync(DraftSubmission submission)
        {
            var measured = _run.Measuring;
            var start = Stopwatch.GetTimestamp();
            _run.InFlight[(submission.ClientId, submission.Sequence)] = new Sent(start, _run.Peers, measured);
            if (measured) Interlocked.Increment(ref _run.Submitted);
            var outcome = await _session.SubmitAsync(submission);
            if (measured) _run.Acknowledged.AddSince(start);
            if (!outcome.Accepted)
            {
                Interlocked.Increment(ref _run.Refused);
                await _gate.WaitAsync();
                try { Resync(); } finally { _gate.Release(); }
            }
        }

        /// <summary>The bus handler: like the component's InvokeAsync(PushChangesAsync), it leaves the publisher's thread first.</summary>
        public async Task OnCommittedAsync()
        {
            await Task.Yield();
            DraftSubmission? next = null;
            await _gate.WaitAsync();
            try
            {
                var changes = _session.ChangesSince(_client.Revision);
                if (changes is null) { Resync(); return; }
                if (changes.Count == 0) return;
                _ = DraftJson.Serialize(changes.SelectMany(c => c.Operations).ToList()); // what the component sends its browser
                foreach (var change in changes)
                {
                    next = _client.Receive(change) ?? next;
                    if (change.ClientId != _client.ClientId) Applied(change);
                }
                if (_client.NeedsResync) Resync();
            }
            finally
            {
                _gate.Release();
            }
            if (next is not null) await SendAsync(next);
        }

        private void Applied(DraftChange change)
        {
            if (!_run.InFlight.TryGetValue((change.ClientId, change.Sequence), out var sent)) return;
            if (sent.Measured) _run.PerPeer.AddSince(sent.Start);
            if (Interlocked.Decrement(ref sent.Remaining) != 0) return;
            if (sent.Measured) _run.EveryPeer.AddSince(sent.Start);
            _run.InFlight.TryRemove((change.ClientId, change.Sequence), out _);
        }

        public void Dispose() => _gate.Dispose();

        private void Resync()
        {
            Interlocked.Increment(ref _run.Resyncs);
            var (document, revision) = _session.Current;
            _client.Resync(document, revision);
        }
    }
}
