namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// Everything published for one year, computed in one pass: indices, the national ranking, ranks within groups,
/// national and group averages per component and of the composite, and the change since last year.
/// </summary>
public sealed class YearResults
{
    private readonly Dictionary<Guid, BodyResult> _byId;

    private YearResults(int year, IReadOnlyList<BodyResult> bodies, IReadOnlyDictionary<string, double> nationalAverages,
        IReadOnlyDictionary<BodyGroup, IReadOnlyDictionary<string, double>> groupAverages, double nationalComposite,
        IReadOnlyDictionary<BodyGroup, double> groupComposites)
    {
        Year = year;
        Bodies = bodies;
        NationalAverages = nationalAverages;
        GroupAverages = groupAverages;
        NationalCompositeAverage = nationalComposite;
        GroupCompositeAverages = groupComposites;
        _byId = bodies.ToDictionary(b => b.Index.Id);
    }

    public int Year { get; }

    /// <summary>In national rank order.</summary>
    public IReadOnlyList<BodyResult> Bodies { get; }

    /// <summary>Mean normalised score per component code over all bodies.</summary>
    public IReadOnlyDictionary<string, double> NationalAverages { get; }

    public IReadOnlyDictionary<BodyGroup, IReadOnlyDictionary<string, double>> GroupAverages { get; }

    public double NationalCompositeAverage { get; }

    public IReadOnlyDictionary<BodyGroup, double> GroupCompositeAverages { get; }

    public BodyResult? Find(Guid bodyId) => _byId.GetValueOrDefault(bodyId);

    /// <summary>
    /// Computes the year's results. <paramref name="previous"/> (last year's national ranking) gives the change since
    /// last year; bodies are matched by id.
    /// </summary>
    public static YearResults Compute(RatingModel model, NormalisationMethod method, IReadOnlyList<AssessedBody> bodies,
        IReadOnlyList<RankedBody>? previous, IComparer<string> nameComparer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(bodies);
        var indices = ReadinessIndex.Compute(model, bodies, method);
        var national = Ranking.Rank(indices, nameComparer);
        var groups = Ranking.RankWithinGroups(indices, nameComparer)
            .SelectMany(g => g.Value).ToDictionary(r => r.Body.Id, r => r.Rank);
        var changes = YearOnYear.Compare(national, previous ?? []).ToDictionary(c => c.BodyId);
        var raw = bodies.ToDictionary(b => b.Id, b => b.Scores);

        var results = national.Select(r => new BodyResult(r.Body, r.Rank, groups[r.Body.Id], raw[r.Body.Id], changes[r.Body.Id])).ToList();
        var codes = model.Components.Select(c => c.Code).ToList();
        Dictionary<string, double> Averages(IEnumerable<BodyIndex> of)
        {
            var list = of.ToList();
            return codes.ToDictionary(c => c, c => list.Count == 0 ? 0d : list.Average(b => b.Components[c]), StringComparer.Ordinal);
        }

        var groupAverages = indices.GroupBy(i => i.Group).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, double>)Averages(g));
        var groupComposites = indices.GroupBy(i => i.Group).ToDictionary(g => g.Key, g => g.Average(b => b.Composite));
        return new YearResults(model.Year, results, Averages(indices), groupAverages,
            indices.Count == 0 ? 0d : indices.Average(b => b.Composite), groupComposites);
    }

    /// <summary>The national ranking as <see cref="YearOnYear"/> takes it for the following year.</summary>
    public IReadOnlyList<RankedBody> NationalRanking() => [.. Bodies.Select(b => new RankedBody(b.Index, b.Rank))];

    /// <summary>How many bodies' composite falls in each tenth of 0..1 (the last bucket includes 1.0).</summary>
    public int[] Distribution(int buckets = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        var counts = new int[buckets];
        foreach (var body in Bodies) counts[Math.Min(buckets - 1, (int)(body.Index.Composite * buckets))]++;
        return counts;
    }
}

/// <summary>One body's published result: its index, national rank, rank within its group, raw scores and change since last year.</summary>
public sealed record BodyResult(BodyIndex Index, int Rank, int GroupRank, BodyScores Raw, RankChange Change);
