namespace EGov.Collab.Domain.Contest;

public sealed record FinalEntry(Guid EntryId, double Jury, int Votes, double Public, double Final, int Rank);

/// <summary>
/// Jury and public combined: public = votes ÷ the nomination's most-voted entry's votes × 100 (0 when nobody voted);
/// final = jury × juryWeight% + public × (100 − juryWeight)%. Tie-break, in order: higher final; higher jury score;
/// more votes; the jury ranking's own order. Still equal (same jury rank too): shared rank.
/// </summary>
public static class FinalRanking
{
    public static IReadOnlyList<FinalEntry> Combine(IReadOnlyList<RankedEntry> jury, IReadOnlyDictionary<Guid, int> votes, int juryWeight)
    {
        ArgumentNullException.ThrowIfNull(jury);
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentOutOfRangeException.ThrowIfLessThan(juryWeight, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(juryWeight, 100);
        var most = jury.Count == 0 ? 0 : jury.Max(e => votes.GetValueOrDefault(e.EntryId));
        var rows = jury.Select((entry, order) =>
        {
            var count = votes.GetValueOrDefault(entry.EntryId);
            var juryScore = entry.Score ?? 0;
            var publicScore = most == 0 ? 0 : count * 100.0 / most;
            var final = (juryScore * juryWeight + publicScore * (100 - juryWeight)) / 100;
            return (Entry: entry, Votes: count, Jury: juryScore, Public: publicScore, Final: final, JuryOrder: entry.Rank ?? int.MaxValue, Order: order);
        })
        .OrderByDescending(r => r.Final).ThenByDescending(r => r.Jury).ThenByDescending(r => r.Votes).ThenBy(r => r.JuryOrder).ThenBy(r => r.Order)
        .ToList();

        var result = new List<FinalEntry>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var tied = i > 0 && rows[i - 1].Final == r.Final && rows[i - 1].Jury == r.Jury && rows[i - 1].Votes == r.Votes && rows[i - 1].JuryOrder == r.JuryOrder;
            result.Add(new FinalEntry(r.Entry.EntryId, r.Jury, r.Votes, r.Public, r.Final, tied ? result[i - 1].Rank : i + 1));
        }
        return result;
    }
}
