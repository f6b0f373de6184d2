using System.Globalization;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Domain.Contest;

/// <summary>Every number of docs/contest-ranking-example.md, read from its tables, against the Domain code.</summary>
public sealed class HandWorkedExampleTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly IReadOnlyList<CriterionSpec> Criteria = [new(A, 50, 0, 10), new(B, 30, 0, 10), new(C, 20, 0, 5)];
    private static readonly Dictionary<string, Guid> Entries = new() { ["X"] = Guid.NewGuid(), ["Y"] = Guid.NewGuid(), ["Z"] = Guid.NewGuid() };
    private static readonly Dictionary<string, Guid> Jurors = new() { ["J1"] = Guid.NewGuid(), ["J2"] = Guid.NewGuid(), ["J3"] = Guid.NewGuid() };

    private static readonly Dictionary<(string Juror, string Entry), double[]> Values = new()
    {
        [("J1", "X")] = [8, 6, 4], [("J1", "Y")] = [6, 9, 3], [("J1", "Z")] = [4, 5, 2],
        [("J2", "X")] = [7, 7, 5], [("J2", "Y")] = [9, 8, 4], [("J2", "Z")] = [3, 4, 1],
        [("J3", "X")] = [2, 2, 1], [("J3", "Y")] = [8, 8, 4], [("J3", "Z")] = [5, 5, 3],
    };

    private static List<JurorSheet> Sheets() =>
        Values.Select(v => new JurorSheet(Jurors[v.Key.Juror], Entries[v.Key.Entry],
            new Dictionary<Guid, double> { [A] = v.Value[0], [B] = v.Value[1], [C] = v.Value[2] })).ToList();

    private static List<RankingEntry> RankingEntries() =>
        Entries.Select((e, i) => new RankingEntry(e.Value, DateTimeOffset.UnixEpoch.AddDays(i))).ToList();

    private static IReadOnlyList<RankedEntry> Rank(JuryAggregation aggregation) =>
        JuryRanking.Compute(Criteria, RankingEntries(), Sheets(), new JuryOptions(aggregation, 25));

    [Fact]
    public void Weighted_EveryJurorsScore_MatchesTheDocument()
    {
        var rows = Table("weighted");
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            foreach (var (juror, column) in new[] { ("J1", 1), ("J2", 2), ("J3", 3) })
            {
                var values = Values[(juror, row[0])];
                var score = CriteriaRules.WeightedScore(Criteria, new Dictionary<Guid, double> { [A] = values[0], [B] = values[1], [C] = values[2] });
                AssertClose(row[column], score);
            }
        }
    }

    [Fact]
    public void Aggregate_MeanMedianSpreadFlagAndRanks_MatchTheDocument()
    {
        var mean = Rank(JuryAggregation.Mean);
        var median = Rank(JuryAggregation.Median);
        var rows = Table("aggregate");
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var byMean = mean.Single(r => r.EntryId == Entries[row[0]]);
            var byMedian = median.Single(r => r.EntryId == Entries[row[0]]);
            AssertClose(row[1], byMean.Score!.Value);
            AssertClose(row[2], byMedian.Score!.Value);
            AssertClose(row[3], byMean.Spread);
            Assert.Equal(row[4] == "yes", byMean.Disagreement);
            Assert.Equal(int.Parse(row[5], CultureInfo.InvariantCulture), byMean.Rank);
            Assert.Equal(int.Parse(row[6], CultureInfo.InvariantCulture), byMedian.Rank);
        }
    }

    [Fact]
    public void ZScore_PerJurorMeanDeviationAndZ_MatchTheDocument()
    {
        var weighted = Values.ToDictionary(v => (Jurors[v.Key.Juror], Entries[v.Key.Entry]),
            v => CriteriaRules.WeightedScore(Criteria, new Dictionary<Guid, double> { [A] = v.Value[0], [B] = v.Value[1], [C] = v.Value[2] }));
        var z = JuryRanking.Standardise(weighted);
        var rows = Table("zscore");
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var juror = Jurors[row[0]];
            var mine = weighted.Where(w => w.Key.Item1 == juror).Select(w => w.Value).ToList();
            var mean = mine.Average();
            AssertClose(row[1], mean);
            AssertClose(row[2], Math.Sqrt(mine.Average(v => (v - mean) * (v - mean))));
            AssertClose(row[3], z[(juror, Entries["X"])]);
            AssertClose(row[4], z[(juror, Entries["Y"])]);
            AssertClose(row[5], z[(juror, Entries["Z"])]);
        }
    }

    [Fact]
    public void ZNormalised_MeanZScoreAndRank_MatchTheDocument()
    {
        var ranked = Rank(JuryAggregation.ZScore);
        var rows = Table("znormalised");
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var entry = ranked.Single(r => r.EntryId == Entries[row[0]]);
            AssertClose(row[1], entry.MeanZ!.Value);
            AssertClose(row[2], entry.Score!.Value);
            Assert.Equal(int.Parse(row[3], CultureInfo.InvariantCulture), entry.Rank);
        }
    }

    [Fact]
    public void Final_JuryPublicCombined_MatchesTheDocument()
    {
        var rows = Table("final");
        var votes = rows.ToDictionary(r => Entries[r[0]], r => int.Parse(r[2], CultureInfo.InvariantCulture));
        var final = FinalRanking.Combine(Rank(JuryAggregation.Mean), votes, 80);
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var entry = final.Single(f => f.EntryId == Entries[row[0]]);
            AssertClose(row[1], entry.Jury);
            Assert.Equal(votes[entry.EntryId], entry.Votes);
            AssertClose(row[3], entry.Public);
            AssertClose(row[4], entry.Final);
            Assert.Equal(int.Parse(row[5], CultureInfo.InvariantCulture), entry.Rank);
        }
    }

    private static void AssertClose(string documented, double computed) =>
        Assert.Equal(double.Parse(documented, CultureInfo.InvariantCulture), Math.Round(computed, 2), 2);

    /// <summary>The body rows of the table after "&lt;!-- table: name --&gt;", as trimmed cells.</summary>
    private static List<string[]> Table(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "contest-ranking-example.md"));
        var start = Array.FindIndex(lines, l => l.Trim() == $"<!-- table: {name} -->");
        Assert.True(start >= 0, $"table {name} not found");
        return lines.Skip(start + 3).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|', ' ').Split('|').Select(c => c.Trim()).ToArray()).ToList();
    }
}
