using System.Collections.Immutable;

namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>The text of a draft at one revision: its provisions in order. Immutable; operations make new documents.</summary>
public sealed record DraftDocument(ImmutableList<Provision> Provisions)
{
    public static readonly DraftDocument Empty = new(ImmutableList<Provision>.Empty);

    public int IndexOf(Guid provisionId) => Provisions.FindIndex(p => p.Id == provisionId);

    public Provision? Find(Guid provisionId) => Provisions.Find(p => p.Id == provisionId);

    public bool Equals(DraftDocument? other) => other is not null && Provisions.SequenceEqual(other.Provisions);

    public override int GetHashCode() => Provisions.Aggregate(0, (hash, p) => HashCode.Combine(hash, p));
}
