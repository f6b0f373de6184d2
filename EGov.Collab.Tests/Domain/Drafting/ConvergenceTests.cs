using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Tests.Domain.Drafting;

/// <summary>
/// Many seeded sessions of five editors (DraftClient, the C# twin of client.mjs) against the server's sequencer:
/// random operations (Ukrainian text, both apostrophes, emoji, structural edits), random delivery order, random
/// disconnects with resends. At the end every replica equals the server's text. A failure names its seed.
/// </summary>
public sealed class ConvergenceTests
{
    private const int Sessions = 300;
    private const int Clients = 5;
    private const int OperationsPerClient = 300;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RandomSessions_EveryReplicaEqualsTheServer()
    {
        var resyncs = 0;
        Parallel.For(0, Sessions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, seed =>
        {
            try
            {
                Interlocked.Add(ref resyncs, RunSession(seed));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"Convergence failed for seed {seed}: {exception.Message}", exception);
            }
        });
        // Conflicting structural pairs resynchronise their sender; they must stay the exception.
        Assert.InRange(resyncs, 0, Sessions * Clients * OperationsPerClient / 50);
    }

    private static int RunSession(int seed)
    {
        var random = new DraftRandom(seed);
        var initial = random.Document(3);
        var server = new DraftSequencer(initial, 0, [], new Dictionary<Guid, long>());
        var editors = Enumerable.Range(0, Clients).Select(_ => new Editor(new DraftClient(random.NewId(), random.NewId(), initial, 0))).ToArray();
        var resyncs = 0;

        void Resync(Editor editor)
        {
            editor.Client.Resync(server.Document, server.Revision);
            editor.Outbox.Clear();
            editor.Seen = server.Revision;
            resyncs++;
        }

        void Deliver(Editor editor, int count)
        {
            var changes = server.ChangesSince(editor.Seen)!;
            foreach (var change in changes.Take(count))
            {
                editor.Seen = change.Revision;
                var next = editor.Client.Receive(change);
                if (editor.Client.NeedsResync) { Resync(editor); return; }
                if (next is not null) editor.Outbox.Enqueue(next);
            }
        }

        void Send(Editor editor)
        {
            var (outcome, _) = server.Submit(editor.Outbox.Dequeue(), Now);
            if (!outcome.Accepted) Resync(editor);
        }

        while (editors.Any(e => e.Left > 0))
        {
            var editor = editors[random.Random.Next(Clients)];
            var roll = random.Random.Next(100);
            if (roll < 3)
            {
                // A dropped connection loses what was in flight both ways; on return the editor resends and catches up.
                editor.Online = !editor.Online;
                editor.Outbox.Clear();
                if (editor.Online && editor.Client.Awaiting is { } awaiting) editor.Outbox.Enqueue(awaiting);
            }
            else if (roll < 50 && editor.Left > 0)
            {
                editor.Left--;
                var operation = random.Operation(editor.Client.Document, structural: random.Random.Next(4) == 0);
                var sent = editor.Client.Edit([operation]);
                Assert.True(sent.IsSuccess, $"seed {seed}: a valid local edit was refused: {sent.Error}");
                if (sent.Value is { } submission && editor.Online) editor.Outbox.Enqueue(submission);
            }
            else if (!editor.Online)
            {
                continue;
            }
            else if (roll < 75 && editor.Outbox.Count > 0)
            {
                Send(editor);
            }
            else
            {
                Deliver(editor, random.Random.Next(1, 4));
            }
        }

        foreach (var editor in editors)
        {
            editor.Online = true;
            for (var round = 0; round < 10_000 && editor.Client.Awaiting is not null; round++)
            {
                editor.Outbox.Clear();
                editor.Outbox.Enqueue(editor.Client.Awaiting);
                Send(editor);
                Deliver(editor, int.MaxValue);
            }
        }
        foreach (var editor in editors)
        {
            Deliver(editor, int.MaxValue);
            Assert.True(editor.Client.Document == server.Document,
                $"seed {seed}: a replica differs from the server: {DraftJson.Serialize(editor.Client.Document)} vs {DraftJson.Serialize(server.Document)}");
        }
        return resyncs;
    }

    private sealed class Editor(DraftClient client)
    {
        public DraftClient Client { get; } = client;

        public Queue<DraftSubmission> Outbox { get; } = new();

        public long Seen { get; set; }

        public int Left { get; set; } = OperationsPerClient;

        public bool Online { get; set; } = true;
    }
}
