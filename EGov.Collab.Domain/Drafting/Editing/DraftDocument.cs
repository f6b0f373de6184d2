using System.Collections.Immutable;

namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>The text of a draft at one revision: its provisions in order. Immutable; operations make new documents.</summary>
public sealed record DraftDocument
{
    public static readonly DraftDocument Empty = new(ImmutableList<Provision>.Empty);

    private readonly ImmutableList<Provision> _provisions;

    // Provision id → index, built on first lookup. A text edit keeps every id at its index, so the new document
    // inherits the map (see WithText) instead of rescanning the list on each keystroke: a long draft has thousands
    // of provisions and every operation looks its provision up. Never mutated once built, so sharing is safe.
    private Dictionary<Guid, int>? _index;

    public DraftDocument(ImmutableList<Provision> provisions) => _provisions = provisions;

    public ImmutableList<Provision> Provisions
    {
        get => _provisions;
        init
        {
            _provisions = value;
            _index = null;
        }
    }

    public void Deconstruct(out ImmutableList<Provision> provisions) => provisions = Provisions;

    public int IndexOf(Guid provisionId) => Index().GetValueOrDefault(provisionId, -1);

    public Provision? Find(Guid provisionId) => Index().TryGetValue(provisionId, out var index) ? _provisions[index] : null;

    /// <summary>The document with the provision at <paramref name="index"/> replaced by one with the same id.</summary>
    internal DraftDocument WithProvisionAt(int index, Provision provision) =>
        new(_provisions.SetItem(index, provision)) { _index = provision.Id == _provisions[index].Id ? _index : null };

    public bool Equals(DraftDocument? other) => other is not null && Provisions.SequenceEqual(other.Provisions);

    public override int GetHashCode() => Provisions.Aggregate(0, (hash, p) => HashCode.Combine(hash, p));

    private Dictionary<Guid, int> Index()
    {
        var index = Volatile.Read(ref _index);
        if (index is not null) return index;
        index = new Dictionary<Guid, int>(_provisions.Count);
        var i = 0;
        foreach (var provision in _provisions) index.TryAdd(provision.Id, i++);
        Volatile.Write(ref _index, index);
        return index;
    }
}
