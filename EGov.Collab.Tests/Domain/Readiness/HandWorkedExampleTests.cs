using System.Globalization;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Domain.Readiness;

/// <summary>
/// Builds the example of docs/readiness-index-example.md and checks every table marked <c>check:</c> there against
/// what the code computes (4 decimals), plus the headline numbers spelled out here, so the document cannot drift.
/// </summary>
public sealed class HandWorkedExampleTests
{
    private const string Lviv = "Львівська міська рада";
    private const string Irpin = "Ірпінська міська громада";
    private const string Hostomel = "Гостомельська селищна громада";
    private const string Zhytomyr = "Житомирська міська рада";

    private static readonly string[] IndicatorCodes = ["I1.1", "I1.2", "I2.1", "I2.2", "I3.1", "I3.2", "I3.3"];
    private static readonly string[] ComponentCodes = ["INST", "SERV", "CAP"];

    private static readonly RatingModel Model = RatingModel.Create(2026,
    [
        new RatingComponent("INST", 40m,
        [
            new RatingIndicator("I1.1", 50m, AnswerScale.YesNo, EvidenceRequired: true),
            new RatingIndicator("I1.2", 50m, AnswerScale.Ordinal(4)),
        ]),
        new RatingComponent("SERV", 35m,
        [
            new RatingIndicator("I2.1", 60m, AnswerScale.Percentage, EvidenceRequired: true),
            new RatingIndicator("I2.2", 40m, AnswerScale.YesNo, AnswerRequired: false),
        ]),
        new RatingComponent("CAP", 25m,
        [
            new RatingIndicator("I3.1", 40m, AnswerScale.Ordinal(5)),
            new RatingIndicator("I3.2", 30m, AnswerScale.Percentage, EvidenceRequired: true),
            new RatingIndicator("I3.3", 30m, AnswerScale.YesNo, AnswerRequired: false),
        ]),
    ]).Value;

    // Answers in the document's order: I1.1 … I3.3; null = not answered.
    private static readonly (string Name, BodyGroup Group, decimal?[] Answers)[] Submissions =
    [
        (Lviv, BodyGroup.Cities, [1, 3, 50, 1, 4, 20, 1]),
        (Irpin, BodyGroup.Hromadas, [1, 2, 70, 0, 5, 30, 1]),
        (Hostomel, BodyGroup.Hromadas, [1, 1, 70, 1, 3, 50, null]),
        (Zhytomyr, BodyGroup.Cities, [0, 3, 10, 1, 3, 0, 1]),
    ];

    private static readonly IReadOnlyList<AssessedBody> Bodies = [.. Submissions.Select(Assess)];

    private static readonly IReadOnlyList<BodyIndex> Indices = ReadinessIndex.Compute(Model, Bodies, NormalisationMethod.MinMax);

    private static readonly string Document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "readiness-index-example.md"));

    [Fact]
    public void Ranking_Example_LvivFirstIrpinAndHostomelTiedSecondZhytomyrFourth()
    {
        var ranking = Ranking.Rank(Indices, ReadinessSamples.Ukrainian);

        Assert.Equal(
            [(1, Lviv, 0.8263m), (2, Hostomel, 0.5500m), (2, Irpin, 0.5500m), (4, Zhytomyr, 0.1288m)],
            ranking.Select(r => (r.Rank, r.Body.Name, IndexRounding.Round(r.Body.Composite))));
        Assert.Equal(0.82625, Indices[0].Composite, 12);
        Assert.Equal(0.12875, Indices[3].Composite, 12);
    }

    [Fact]
    public void Document_IndicatorScores_MatchCode() =>
        AssertTable("indicator-scores", Bodies.Select(b => Row(b.Name, IndicatorCodes.Select(c => b.Scores.Indicators[c]))));

    [Fact]
    public void Document_ComponentRawScores_MatchCode() =>
        AssertTable("component-raw", Bodies.Select(b => Row(b.Name, ComponentCodes.Select(c => b.Scores.Components[c]))));

    [Fact]
    public void Document_MinMaxNormalised_MatchCode() =>
        AssertTable("normalised-minmax", Indices.Select(i => Row(i.Name, ComponentCodes.Select(c => i.Components[c]))));

    [Fact]
    public void Document_Composite_MatchCode() =>
        AssertTable("composite", Indices.Select(i => Row(i.Name,
            [.. Model.Components.Select(c => (double)c.Weight / 100 * i.Components[c.Code]), i.Composite])));

    [Fact]
    public void Document_Ranking_MatchCode() =>
        AssertTable("ranking", Ranking.Rank(Indices, ReadinessSamples.Ukrainian)
            .Select(r => new[] { r.Rank.ToString(CultureInfo.InvariantCulture), r.Body.Name, Label(r.Body.Group), Format(r.Body.Composite) }));

    [Fact]
    public void Document_GroupRanking_MatchCode() =>
        AssertTable("group-ranking", Ranking.RankWithinGroups(Indices, ReadinessSamples.Ukrainian)
            .OrderBy(g => Label(g.Key), StringComparer.Ordinal)
            .SelectMany(g => g.Value.Select(r => new[] { Label(g.Key), r.Rank.ToString(CultureInfo.InvariantCulture), r.Body.Name, Format(r.Body.Composite) })));

    [Fact]
    public void Document_ZScoreForInstitutionalComponent_MatchCode()
    {
        double[] raw = [.. Bodies.Select(b => b.Scores.Components["INST"])];
        var mean = raw.Average();
        var sd = Math.Sqrt(raw.Sum(x => (x - mean) * (x - mean)) / raw.Length);
        var rescaled = Normalisation.ZScoreRescaled(raw);

        Assert.Equal(0.65625, mean, 12);
        Assert.Equal(0.0341796875, sd * sd, 12);
        Assert.Equal(0.1849m, IndexRounding.Round(sd));
        AssertTable("zscore-inst", Bodies.Select((b, i) => Row(b.Name, [raw[i], (raw[i] - mean) / sd, rescaled[i]])));
    }

    [Fact]
    public void ZScoreVariant_Example_SameIndicesAndRankingAsMinMax()
    {
        var zIndices = ReadinessIndex.Compute(Model, Bodies, NormalisationMethod.ZScoreRescaled);

        Assert.Equal(Indices.Select(i => IndexRounding.Round(i.Composite)), zIndices.Select(i => IndexRounding.Round(i.Composite)));
        Assert.Equal(
            Ranking.Rank(Indices, ReadinessSamples.Ukrainian).Select(r => (r.Body.Id, r.Rank)),
            Ranking.Rank(zIndices, ReadinessSamples.Ukrainian).Select(r => (r.Body.Id, r.Rank)));
    }

    [Fact]
    public void Document_EveryCheckedTable_Tested()
    {
        string[] tested = ["indicator-scores", "component-raw", "normalised-minmax", "composite", "ranking", "group-ranking", "zscore-inst"];
        var marked = Document.Split('\n').Where(l => l.StartsWith("<!-- check: ", StringComparison.Ordinal))
            .Select(l => l["<!-- check: ".Length..].Replace("-->", "", StringComparison.Ordinal).Trim());

        Assert.Equal(tested.Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
    }

    private static AssessedBody Assess((string Name, BodyGroup Group, decimal?[] Answers) submission, int index)
    {
        var answers = IndicatorCodes.Zip(submission.Answers)
            .Where(a => a.Second is not null)
            .ToDictionary(a => a.First, a => a.Second!.Value);
        var scores = SubmissionScoring.Score(Model, answers);
        Assert.True(scores.IsValid, string.Join(", ", scores.Errors));
        return new AssessedBody(new Guid(index + 1, 0, 0, new byte[8]), submission.Name, submission.Group, scores.Value);
    }

    private static string[] Row(string name, IEnumerable<double> values) => [name, .. values.Select(Format)];

    private static string Format(double value) => IndexRounding.Round(value).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Label(BodyGroup group) => group switch
    {
        BodyGroup.Cities => "cities",
        BodyGroup.Hromadas => "hromadas",
        BodyGroup.Oblasts => "oblasts",
        _ => "ministries and agencies",
    };

    private static void AssertTable(string name, IEnumerable<string[]> expected)
    {
        var actual = ReadTable(name);
        var expectedRows = expected.Select(r => string.Join(" | ", r)).ToList();

        Assert.True(actual.Count > 0, $"The document has no table marked check: {name}.");
        Assert.Equal(expectedRows, actual);
    }

    /// <summary>The body rows (header and separator left out) of the table after <c>&lt;!-- check: name --&gt;</c>, cells joined by " | ".</summary>
    private static List<string> ReadTable(string name)
    {
        var lines = Document.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf($"<!-- check: {name} -->");
        if (start < 0) return [];
        return [.. lines.Skip(start + 1)
            .TakeWhile(l => l.StartsWith('|'))
            .Skip(2)
            .Select(l => string.Join(" | ", l.Trim().Trim('|').Split('|').Select(c => c.Trim())))];
    }
}
