namespace EGov.Collab.App.Admin;

/// <summary>One page of a longer list, and how many items the whole list holds.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int TotalCount)
{
    public const int MaxPageSize = 100;

    public static PagedList<T> From(IEnumerable<T> all, int page, int pageSize)
    {
        var (skip, take) = Window(page, pageSize);
        var list = all as IReadOnlyCollection<T> ?? all.ToList();
        return new PagedList<T>(list.Skip(skip).Take(take).ToList(), list.Count);
    }

    /// <summary>Rows to skip and take for a zero-based page; sizes are kept between 1 and <see cref="MaxPageSize"/>.</summary>
    public static (int Skip, int Take) Window(int page, int pageSize)
    {
        var take = Math.Clamp(pageSize, 1, MaxPageSize);
        return (Math.Max(page, 0) * take, take);
    }
}
