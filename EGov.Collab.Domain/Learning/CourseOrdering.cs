namespace EGov.Collab.Domain.Learning;

/// <summary>
/// Moving an item (a section in its course, a lesson or quiz in its section) one place up or down. Items are numbered
/// 1..n afresh every time, so gaps and duplicates left by older data or removals disappear with the first move.
/// </summary>
public static class CourseOrdering
{
    /// <param name="ordered">The items' ids in their current order.</param>
    /// <param name="id">The item to move.</param>
    /// <param name="by">-1 for up, +1 for down.</param>
    /// <returns>The ids in their new order; unchanged when the item is already first (up) or last (down) or not there.</returns>
    public static IReadOnlyList<Guid> Move(IReadOnlyList<Guid> ordered, Guid id, int by)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        if (by is not (-1 or 1)) throw new ArgumentOutOfRangeException(nameof(by), by, "Move by one place.");
        var list = ordered.ToList();
        var index = list.IndexOf(id);
        var target = index + by;
        if (index < 0 || target < 0 || target >= list.Count) return list;
        (list[index], list[target]) = (list[target], list[index]);
        return list;
    }

    /// <summary>The order number of the next item appended after <paramref name="existing"/>.</summary>
    public static int Next(IEnumerable<int> existing) => existing.DefaultIfEmpty(0).Max() + 1;
}
