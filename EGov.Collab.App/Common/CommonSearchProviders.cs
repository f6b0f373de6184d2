using System.Globalization;
using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Common;

/// <summary>Finds modules by their localised name, purpose and description.</summary>
public sealed class ModuleSearchProvider(IStringLocalizer<SharedResource> l) : ISearchProvider
{
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, CultureInfo culture, int max, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>();
        foreach (var module in ModuleKeys.All)
        {
            var name = l[ModuleText.Name(module)].Value;
            var purpose = l[ModuleText.Purpose(module)].Value;
            var description = l[ModuleText.Description(module)].Value;
            if (!SearchText.Matches(name, query) && !SearchText.Matches(purpose, query) && !SearchText.Matches(description, query)) continue;
            var snippetSource = SearchText.Matches(purpose, query) || !SearchText.Matches(description, query) ? purpose : description;
            hits.Add(new SearchHit(l["Search.Section.Modules"], name, SearchText.Snippet(snippetSource, query), "/" + module.Slug()));
        }
        return Task.FromResult<IReadOnlyList<SearchHit>>(hits.Take(max).ToList());
    }
}

/// <summary>Finds approved organisations by name or EDRPOU code.</summary>
public sealed class OrganisationSearchProvider(IDbContextFactory<CollabDbContext> dbFactory, IStringLocalizer<SharedResource> l) : ISearchProvider
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, CultureInfo culture, int max, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Status == OrganisationStatus.Approved)
            .Select(o => new { o.Id, o.Name, o.Kind, o.RegionCode, o.EdrpouCode })
            .ToListAsync(cancellationToken);
        return organisations
            .Where(o => SearchText.Matches(o.Name, query) || o.EdrpouCode == query)
            .OrderBy(o => o.Name, StringComparer.Create(culture, ignoreCase: true))
            .Take(max)
            .Select(o => new SearchHit(
                l["Search.Section.Organisations"],
                o.Name,
                $"{l[ModuleText.Kind(o.Kind)]} · {Regions.ByCode(o.RegionCode).Name(culture)}",
                $"/organisations/{o.Id}"))
            .ToList();
    }
}
