namespace EGov.Collab.Domain.Contest;

/// <summary>One juror's complete sheet for one entry (a value for every criterion).</summary>
public sealed record JurorSheet(Guid JurorId, Guid EntryId, IReadOnlyDictionary<Guid, double> Values);

/// <summary>An entry to rank; <see cref="SubmittedAt"/> is the last tie-break (earlier wins).</summary>
public sealed record RankingEntry(Guid Id, DateTimeOffset SubmittedAt);

public sealed record JuryOptions(JuryAggregation Aggregation, double DisagreementThreshold)
{
    public static readonly JuryOptions Default = new(JuryAggregation.Mean, 25);
}

/// <summary>An entry's standing. <see cref="Score"/> is on 0–100 (null while no juror has scored it); <see cref="Rank"/> is shared by exact ties.</summary>
public sealed record RankedEntry(
    Guid EntryId,
    double? Score,
    double? MeanZ,
    int Jurors,
    double Spread,
    bool Disagreement,
    double TopCriterionPercent,
    IReadOnlyDictionary<Guid, double> JurorScores,
    int? Rank);

/// <summary>
/// The jury's ranking of a nomination. Each juror's sheet becomes a weighted score on 0–100; an entry's score is
/// the mean, the median, or (z-score) 50 + 10 × the mean of the jurors' standardised scores, clamped to 0–100.
/// Tie-break, in order: higher score; higher mean on the heaviest criterion (the first listed among equals);
/// earlier submission. Entries equal on all three share a rank (1, 1, 3). Unscored entries come last, unranked.
/// </summary>
public static class JuryRanking
{
    public const double ZScoreCentre = 50;
    public const double ZScoreUnit = 10;

    public static IReadOnlyList<RankedEntry> Compute(
        IReadOnlyList<CriterionSpec> criteria,
        IReadOnlyCollection<RankingEntry> entries,
        IReadOnlyCollection<JurorSheet> sheets,
        JuryOptions options)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(options);
        var known = entries.Select(e => e.Id).ToHashSet();
        var complete = sheets.Where(s => known.Contains(s.EntryId) && criteria.All(c => s.Values.ContainsKey(c.Id))).ToList();
        var weighted = complete.ToDictionary(s => (s.JurorId, s.EntryId), s => CriteriaRules.WeightedScore(criteria, s.Values));
        var z = options.Aggregation == JuryAggregation.ZScore ? Standardise(weighted) : null;
        var top = criteria.Count == 0 ? null : criteria.OrderByDescending(c => c.Weight).First();

        var rows = new List<(RankedEntry Row, DateTimeOffset SubmittedAt)>();
        foreach (var entry in entries)
        {
            var mine = complete.Where(s => s.EntryId == entry.Id).ToList();
            var jurorScores = mine.ToDictionary(s => s.JurorId, s => weighted[(s.JurorId, s.EntryId)]);
            if (mine.Count == 0)
            {
                rows.Add((new RankedEntry(entry.Id, null, null, 0, 0, false, 0, jurorScores, null), entry.SubmittedAt));
                continue;
            }
            var values = jurorScores.Values.ToList();
            double? meanZ = z is null ? null : mine.Average(s => z[(s.JurorId, s.EntryId)]);
            var score = options.Aggregation switch
            {
                JuryAggregation.Median => Median(values),
                JuryAggregation.ZScore => Math.Clamp(ZScoreCentre + ZScoreUnit * meanZ!.Value, 0, 100),
                _ => values.Average(),
            };
            var spread = values.Max() - values.Min();
            var topPercent = top is null ? 0 : mine.Average(s => CriteriaRules.Percent(top, s.Values[top.Id]));
            rows.Add((new RankedEntry(entry.Id, score, meanZ, mine.Count, spread, spread > options.DisagreementThreshold, topPercent, jurorScores, null),
                entry.SubmittedAt));
        }

        var ordered = rows
            .OrderBy(r => r.Row.Score is null)
            .ThenByDescending(r => r.Row.Score ?? 0)
            .ThenByDescending(r => r.Row.TopCriterionPercent)
            .ThenBy(r => r.SubmittedAt)
            .ToList();
        var result = new List<RankedEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (row, submittedAt) = ordered[i];
            if (row.Score is null)
            {
                result.Add(row);
                continue;
            }
            var tiedWithPrevious = i > 0 && ordered[i - 1].Row.Score is not null
                && ordered[i - 1].Row.Score == row.Score
                && ordered[i - 1].Row.TopCriterionPercent == row.TopCriterionPercent
                && ordered[i - 1].SubmittedAt == submittedAt;
            result.Add(row with { Rank = tiedWithPrevious ? result[i - 1].Rank : i + 1 });
        }
        return result;
    }

    /// <summary>Per juror: (score − the juror's mean) / the juror's population standard deviation; 0 when they did not vary.</summary>
    public static IReadOnlyDictionary<(Guid JurorId, Guid EntryId), double> Standardise(IReadOnlyDictionary<(Guid JurorId, Guid EntryId), double> weighted)
    {
        ArgumentNullException.ThrowIfNull(weighted);
        var result = new Dictionary<(Guid, Guid), double>();
        foreach (var juror in weighted.GroupBy(pair => pair.Key.JurorId))
        {
            var mean = juror.Average(pair => pair.Value);
            var deviation = Math.Sqrt(juror.Average(pair => (pair.Value - mean) * (pair.Value - mean)));
            foreach (var pair in juror)
                result[pair.Key] = deviation < 1e-12 ? 0 : (pair.Value - mean) / deviation;
        }
        return result;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("No values.", nameof(values));
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
