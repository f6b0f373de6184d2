using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Methodology;

/// <summary>A typed link: <see cref="SourceId"/> amends, repeals or is the basis for <see cref="TargetId"/>.</summary>
public sealed class ActLink
{
    private ActLink()
    {
    }

    public Guid Id { get; private set; }
    public Guid SourceId { get; private set; }
    public Guid TargetId { get; private set; }
    public ActLinkType Type { get; private set; }

    /// <summary>
    /// A new link, checked against the links already entered: no link to itself, no second identical link, and no cycle
    /// of "amends" (an act cannot, through any chain, amend the act that amends it).
    /// </summary>
    public static Result<ActLink> Create(Guid sourceId, Guid targetId, ActLinkType type, IReadOnlyCollection<ActLink> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (!Enum.IsDefined(type)) return CommonErrors.Invalid("type");
        if (sourceId == targetId) return MethodologyErrors.SelfLink;
        if (existing.Any(l => l.SourceId == sourceId && l.TargetId == targetId && l.Type == type)) return MethodologyErrors.DuplicateLink;
        if (type == ActLinkType.Amends && Reaches(targetId, sourceId, existing)) return MethodologyErrors.AmendsCycle;
        return new ActLink { Id = Guid.CreateVersion7(), SourceId = sourceId, TargetId = targetId, Type = type };
    }

    /// <summary>Whether <paramref name="from"/> already amends <paramref name="to"/> through a chain of "amends" links.</summary>
    private static bool Reaches(Guid from, Guid to, IReadOnlyCollection<ActLink> links)
    {
        var amends = links.Where(l => l.Type == ActLinkType.Amends).ToLookup(l => l.SourceId, l => l.TargetId);
        var seen = new HashSet<Guid> { from };
        var queue = new Queue<Guid>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to) return true;
            foreach (var next in amends[current])
                if (seen.Add(next)) queue.Enqueue(next);
        }
        return false;
    }
}
