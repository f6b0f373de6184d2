namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// Operational transformation of draft operations: given two sequences made concurrently against the same document,
/// returns (a′, b′) with apply(apply(d, a), b′) = apply(apply(d, b), a′) (TP1). <c>aFirst</c> breaks ties (two
/// insertions at one place): the caller decides it by <see cref="DraftPriority"/>, the same on server and client. A few structural pairs on the same
/// provision (two different moves, a split and a merge of one provision …) have no merge that keeps both intents:
/// they come back as a conflict, the server refuses the later one and its sender resynchronises.
/// The browser's wwwroot/js/drafting/ot.mjs is a line-by-line mirror of this file and <see cref="OperationOver"/>.
/// </summary>
public static class DraftTransform
{
    /// <summary>The transformed pair, or null when the two cannot both stand (a conflict).</summary>
    public static (IReadOnlyList<DraftOperation> A, IReadOnlyList<DraftOperation> B)? Transform(
        IReadOnlyList<DraftOperation> a, IReadOnlyList<DraftOperation> b, bool aFirst)
    {
        IReadOnlyList<DraftOperation> current = a;
        var bOut = new List<DraftOperation>(b.Count);
        foreach (var y in b)
        {
            // One b operation at a time through all of a, so long sequences (a buffer typed offline) stay linear.
            var aOut = new List<DraftOperation>(current.Count);
            IReadOnlyList<DraftOperation> ys = [y];
            foreach (var x in current)
            {
                var pair = Lists([x], ys, aFirst);
                if (pair is null) return null;
                aOut.AddRange(pair.Value.A);
                ys = pair.Value.B;
            }
            current = aOut;
            bOut.AddRange(ys);
        }
        return (current, bOut);
    }

    private static (IReadOnlyList<DraftOperation> A, IReadOnlyList<DraftOperation> B)? Lists(
        IReadOnlyList<DraftOperation> a, IReadOnlyList<DraftOperation> b, bool aFirst)
    {
        if (a.Count == 0 || b.Count == 0) return (a, b);
        if (a.Count == 1 && b.Count == 1) return Pair(a[0], b[0], aFirst);
        if (a.Count > 1)
        {
            var head = Lists([a[0]], b, aFirst);
            if (head is null) return null;
            var rest = Lists(a.Skip(1).ToList(), head.Value.B, aFirst);
            if (rest is null) return null;
            return ([.. head.Value.A, .. rest.Value.A], rest.Value.B);
        }
        var first = Lists(a, [b[0]], aFirst);
        if (first is null) return null;
        var others = Lists(first.Value.A, b.Skip(1).ToList(), aFirst);
        if (others is null) return null;
        return (others.Value.A, [.. first.Value.B, .. others.Value.B]);
    }

    private static (IReadOnlyList<DraftOperation> A, IReadOnlyList<DraftOperation> B)? Pair(DraftOperation a, DraftOperation b, bool aFirst)
    {
        var aOver = OperationOver.Over(a, b, aFirst);
        var bOver = OperationOver.Over(b, a, !aFirst);
        if (aOver is null || bOver is null) return null;
        return (aOver, bOver);
    }
}
