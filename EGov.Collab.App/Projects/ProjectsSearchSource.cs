using System.Runtime.CompilerServices;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>Published listings (active, expired or archived: all readable by anyone) for the portal-wide index, one document per language.</summary>
public sealed class ProjectsSearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Projects;

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var listing in db.ProjectListings.AsNoTracking().Where(l => l.Status == ListingStatus.Published || l.Status == ListingStatus.Archived)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var item in Items(listing)) yield return item;
        }
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(itemId, out var id)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return listing is { IsPublic: true } ? Items(listing).ToList() : [];
    }

    private static IEnumerable<SearchItem> Items(Listing listing)
    {
        var updated = listing.UpdatedAt;
        var extras = string.Join(' ', listing.Content.Categories.Concat(listing.Content.Platforms).Append(listing.Licence).Append(listing.AuthorName));
        yield return new SearchItem(ModuleKey.Projects, listing.Id.ToString(), "uk", listing.TitleUk,
            listing.DescriptionUk + "\n" + extras, ProjectsLinks.Listing(listing.Id), SearchAudience.Public, updated);
        if (listing.TitleEn.Length > 0 || listing.DescriptionEn.Length > 0)
            yield return new SearchItem(ModuleKey.Projects, listing.Id.ToString(), "en", listing.Title(english: true),
                listing.Description(english: true) + "\n" + extras, ProjectsLinks.Listing(listing.Id), SearchAudience.Public, updated);
    }
}
