using EGov.Collab.Domain.Practices;

namespace EGov.Collab.App.Practices;

/// <summary>The classifier's broader/narrower hierarchy, read once per request.</summary>
public sealed class ConceptTree
{
    private readonly IReadOnlyList<Concept> _concepts;
    private readonly ILookup<Guid?, Concept> _narrower;
    private readonly Dictionary<Guid, HashSet<Guid>> _descendants = [];

    public ConceptTree(IReadOnlyList<Concept> concepts)
    {
        _concepts = concepts;
        _narrower = concepts.ToLookup(c => c.BroaderId);
    }

    public IEnumerable<Concept> Narrower(Guid id) => _narrower[id];

    /// <summary>The concept and everything under it.</summary>
    public IReadOnlySet<Guid> WithNarrower(Guid id)
    {
        if (_descendants.TryGetValue(id, out var cached)) return cached;
        var set = new HashSet<Guid> { id };
        var stack = new Stack<Guid>([id]);
        while (stack.Count > 0)
        {
            foreach (var child in _narrower[stack.Pop()])
            {
                if (set.Add(child.Id)) stack.Push(child.Id);
            }
        }
        _descendants[id] = set;
        return set;
    }

    /// <summary>One scheme's concepts depth first, each level by notation.</summary>
    public IEnumerable<(Concept Concept, int Depth)> InOrder(ConceptScheme scheme)
    {
        var roots = _concepts.Where(c => c.Scheme == scheme && (c.BroaderId is null || _concepts.All(p => p.Id != c.BroaderId)));
        return Walk(roots, 0, []);
    }

    private IEnumerable<(Concept, int)> Walk(IEnumerable<Concept> level, int depth, HashSet<Guid> seen)
    {
        foreach (var concept in level.OrderBy(c => c.Notation, StringComparer.Ordinal))
        {
            if (!seen.Add(concept.Id)) continue;
            yield return (concept, depth);
            foreach (var child in Walk(_narrower[concept.Id], depth + 1, seen))
                yield return child;
        }
    }
}
