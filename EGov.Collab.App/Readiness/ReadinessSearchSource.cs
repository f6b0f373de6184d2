using System.Globalization;
using System.Runtime.CompilerServices;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;

namespace EGov.Collab.App.Readiness;

/// <summary>Each body's published result of a year, for everyone (item = the year: publishing a year indexes all of it).</summary>
public sealed class ReadinessSearchSource(ReadinessResults results) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Readiness;

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var year in await results.PublishedYearsAsync(cancellationToken))
            foreach (var item in await ItemAsync(year.ToString(CultureInfo.InvariantCulture), cancellationToken))
                yield return item;
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemId, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return [];
        var published = await results.YearAsync(year, cancellationToken);
        if (published is null) return [];
        var updated = new DateTimeOffset(year, 12, 31, 0, 0, 0, TimeSpan.Zero);
        return published.Results.Bodies.Select(result =>
        {
            var body = published.Body(result.Index.Id);
            var components = string.Join("; ", published.Definition.Components.Select(c => c.NameUk));
            return new SearchItem(Module, itemId, "uk", $"{body.NameUk} · {year}",
                $"{body.NameUk} ({body.NameEn}). Індекс електронної готовності {year}: {components}.",
                $"/readiness/results/{year}/{body.Id}", SearchAudience.Public, updated);
        }).ToList();
    }
}
