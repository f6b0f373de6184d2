using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Tests.Domain.Drafting;

/// <summary>
/// No interleaving (issue 22.3): people typing at one position at the same time each get their run contiguous —
/// "XAAA111BBB222Y" in some order of the runs, never "XABAA111BB222Y" — and every replica agrees with the server.
/// </summary>
public sealed class ConcurrentRunsTests
{
    [Fact]
    public void RunsTypedConcurrentlyAtOnePosition_StayContiguous_AndConverge()
    {
        for (var seed = 1; seed <= 3_000; seed++)
        {
            var script = ConcurrentRuns.Random(seed);
            var (server, replicas) = script.Play();
            var text = server.Provisions.Single().Text;
            Assert.True(text.StartsWith('X') && text.EndsWith('Y'), $"seed {seed}: {text}");
            var middle = text[1..^1];
            var runs = script.Writers.Select(w => w.Run).OrderBy(run => middle.IndexOf(run, StringComparison.Ordinal)).ToList();
            Assert.True(runs.All(run => middle.Contains(run, StringComparison.Ordinal)) && string.Concat(runs) == middle,
                $"seed {seed}: the runs {string.Join(", ", script.Writers.Select(w => w.Run))} were interleaved: {text}");
            Assert.All(replicas, replica => Assert.True(replica == server, $"seed {seed}: a replica differs from the server"));
        }
    }

    [Fact]
    public void TheIssuesExample_TwoPeopleTypingAtOnce_GetTwoWholeRuns()
    {
        var a = new ConcurrentRuns.Writer(Guid.Parse("10000000-0000-0000-0000-000000000000"), Guid.NewGuid(), "AAA111");
        var b = new ConcurrentRuns.Writer(Guid.Parse("20000000-0000-0000-0000-000000000000"), Guid.NewGuid(), "BBB222");
        // Each keystroke of both reaches the server, A's first; each sees one change before typing the next. Ties
        // broken by arrival gave "XABABAB211122Y" here.
        var steps = new List<ConcurrentRuns.Step>();
        for (var i = 0; i < 6; i++)
            steps.AddRange([new("type", 0), new("type", 1), new("send", 0), new("send", 1), new("deliver", 0), new("deliver", 1)]);
        var script = new ConcurrentRuns(ConcurrentRuns.Random(1).Document, [a, b], steps);

        var (server, replicas) = script.Play();

        Assert.Equal("XAAA111BBB222Y", server.Provisions.Single().Text);
        Assert.All(replicas, replica => Assert.Equal(server, replica));
    }
}
