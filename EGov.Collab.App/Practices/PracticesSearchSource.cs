using System.Runtime.CompilerServices;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>Published practices for the portal-wide index, one document per language written; anyone may read them.</summary>
public sealed class PracticesSearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Practices;

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practices = await db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published).ToListAsync(cancellationToken);
        foreach (var item in practices.SelectMany(Items))
            yield return item;
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(itemId, out var id)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.Status == PracticeStatus.Published, cancellationToken);
        return practice is null ? [] : Items(practice).ToList();
    }

    private static IEnumerable<SearchItem> Items(Practice p)
    {
        var updated = p.UpdatedAt;
        yield return new SearchItem(ModuleKey.Practices, p.Id.ToString(), "uk", p.TitleUk,
            string.Join("\n\n", p.ProblemUk, p.SolutionUk, p.ImplementationUk, p.LessonsUk, p.TransferabilityUk), PracticeLinks.Practice(p.Id), SearchAudience.Public, updated);
        if (p.TitleEn.Length > 0)
        {
            yield return new SearchItem(ModuleKey.Practices, p.Id.ToString(), "en", p.TitleEn,
                string.Join("\n\n", p.ProblemEn, p.SolutionEn, p.ImplementationEn, p.LessonsEn, p.TransferabilityEn), PracticeLinks.Practice(p.Id), SearchAudience.Public, updated);
        }
    }
}
