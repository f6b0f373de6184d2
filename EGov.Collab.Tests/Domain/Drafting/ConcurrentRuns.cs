using System.Collections.Immutable;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Tests.Domain.Drafting;

/// <summary>
/// A scripted session of editors who all type a run of characters, one keystroke per edit, into the same place of
/// one provision ("X|Y"), with a random order of typing, sending and delivery. Each writer's characters are their
/// own (a letter and a digit nobody else types) so the final text shows whether the runs stayed contiguous. The
/// same scripts are in the shared vectors, replayed by the browser's client.mjs (client.test.mjs).
/// </summary>
public sealed record ConcurrentRuns(DraftDocument Document, IReadOnlyList<ConcurrentRuns.Writer> Writers, IReadOnlyList<ConcurrentRuns.Step> Steps)
{
    public static readonly Guid ProvisionId = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    public sealed record Writer(Guid AuthorId, Guid ClientId, string Run);

    /// <summary>"type", "send" or "deliver", by writer index.</summary>
    public sealed record Step(string Kind, int Writer);

    public static ConcurrentRuns Random(int seed)
    {
        var random = new DraftRandom(seed);
        var count = random.Random.Next(2, 5);
        var sharedAuthor = random.Random.Next(4) == 0 ? random.NewId() : (Guid?)null;
        var writers = Enumerable.Range(0, count).Select(i =>
        {
            var letters = random.Random.Next(1, 5);
            var run = new string((char)('A' + i), letters) + new string((char)('1' + i), random.Random.Next(1, 5));
            // Sometimes one person in two tabs: the same author, two clients.
            return new Writer(i < 2 && sharedAuthor is { } author ? author : random.NewId(), random.NewId(), run);
        }).ToList();
        var document = new DraftDocument(ImmutableList.Create(new Provision(ProvisionId, ProvisionKind.Article, "XY")));
        var steps = new List<Step>();
        var typed = new int[count];
        while (typed.Select((n, i) => n < writers[i].Run.Length).Any(left => left))
        {
            var writer = random.Random.Next(count);
            var roll = random.Random.Next(100);
            if (roll < 45 && typed[writer] < writers[writer].Run.Length)
            {
                typed[writer]++;
                steps.Add(new Step("type", writer));
            }
            else steps.Add(new Step(roll < 75 ? "send" : "deliver", writer));
        }
        return new ConcurrentRuns(document, writers, steps);
    }

    /// <summary>Plays the script against a sequencer; returns the server's text and every replica's.</summary>
    public (DraftDocument Server, IReadOnlyList<DraftDocument> Replicas) Play()
    {
        var now = new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);
        var server = new DraftSequencer(Document, 0, [], new Dictionary<Guid, long>());
        var clients = Writers.Select(w => new DraftClient(w.ClientId, w.AuthorId, Document, 0)).ToArray();
        var outboxes = Writers.Select(_ => new Queue<DraftSubmission>()).ToArray();
        var seen = new long[Writers.Count];
        var typed = new int[Writers.Count];

        void Deliver(int i, int most)
        {
            foreach (var change in server.ChangesSince(seen[i])!.Take(most))
            {
                seen[i] = change.Revision;
                if (clients[i].Receive(change) is { } next) outboxes[i].Enqueue(next);
            }
        }

        void Send(int i)
        {
            var (outcome, _) = server.Submit(outboxes[i].Dequeue(), now);
            if (!outcome.Accepted) throw new InvalidOperationException($"A keystroke was refused: {outcome.Error}");
        }

        foreach (var step in Steps)
        {
            var i = step.Writer;
            switch (step.Kind)
            {
                case "type":
                    var text = clients[i].Document.Provisions[0].Text;
                    var own = Writers[i].Run;
                    var cursor = text.LastIndexOfAny([own[0], own[^1]]) is var last and >= 0 ? last + 1 : 1;
                    var sent = clients[i].Edit([new InsertText(ProvisionId, cursor, own[typed[i]++].ToString())]);
                    if (sent.Value is { } submission) outboxes[i].Enqueue(submission);
                    break;
                case "send" when outboxes[i].Count > 0:
                    Send(i);
                    break;
                case "deliver":
                    Deliver(i, 1);
                    break;
            }
        }
        for (var round = 0; round < 1_000 && clients.Any(c => c.Awaiting is not null); round++)
        {
            for (var i = 0; i < clients.Length; i++)
            {
                Deliver(i, int.MaxValue);
                while (outboxes[i].Count > 0) Send(i);
            }
        }
        for (var i = 0; i < clients.Length; i++) Deliver(i, int.MaxValue);
        return (server.Document, clients.Select(c => c.Document).ToList());
    }
}
