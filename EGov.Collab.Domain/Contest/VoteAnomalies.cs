namespace EGov.Collab.Domain.Contest;

public sealed record VoteFact(Guid VoteId, Guid EntryId, Guid MemberId, DateTimeOffset CastAt, string? RemoteAddress, DateTimeOffset MemberRegisteredAt);

public enum AnomalyKind
{
    /// <summary>Many votes from one network (an IPv4 /24 or IPv6 /64) within a short window.</summary>
    NetworkBurst = 1,
    /// <summary>Votes from accounts created minutes before they voted.</summary>
    FreshAccounts = 2,
}

public sealed record VoteAnomaly(AnomalyKind Kind, string Key, int Votes, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<Guid> VoteIds);

/// <summary>What an administrator should look at: bursts from one network and votes from fresh accounts.</summary>
public static class VoteAnomalies
{
    public static IReadOnlyList<VoteAnomaly> Find(IReadOnlyCollection<VoteFact> votes, TimeSpan window, int burstSize, TimeSpan freshAccount)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var result = new List<VoteAnomaly>();
        foreach (var network in votes.Where(v => v.RemoteAddress is not null).GroupBy(v => Network(v.RemoteAddress!)))
        {
            var ordered = network.OrderBy(v => v.CastAt).ToList();
            var start = 0;
            var best = (From: 0, Count: 0);
            for (var end = 0; end < ordered.Count; end++)
            {
                while (ordered[end].CastAt - ordered[start].CastAt > window) start++;
                if (end - start + 1 > best.Count) best = (start, end - start + 1);
            }
            if (best.Count < burstSize) continue;
            var burst = ordered.Skip(best.From).Take(best.Count).ToList();
            result.Add(new VoteAnomaly(AnomalyKind.NetworkBurst, network.Key, burst.Count, burst[0].CastAt, burst[^1].CastAt, burst.Select(v => v.VoteId).ToList()));
        }
        var fresh = votes.Where(v => v.CastAt - v.MemberRegisteredAt <= freshAccount).OrderBy(v => v.CastAt).ToList();
        if (fresh.Count > 0)
            result.Add(new VoteAnomaly(AnomalyKind.FreshAccounts, "", fresh.Count, fresh[0].CastAt, fresh[^1].CastAt, fresh.Select(v => v.VoteId).ToList()));
        return result;
    }

    /// <summary>The network an address belongs to: IPv4 /24 ("203.0.113.x"), IPv6 /64; anything else as itself.</summary>
    public static string Network(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!System.Net.IPAddress.TryParse(address, out var ip)) return address;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        var bytes = ip.GetAddressBytes();
        if (bytes.Length == 4) return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24";
        for (var i = 8; i < 16; i++) bytes[i] = 0;
        return new System.Net.IPAddress(bytes) + "/64";
    }
}
