using System.Security.Claims;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.ExpertClub;

public sealed record ClubHit(string Title, string Snippet, string Url);

/// <summary>The club's own search box: the portal-wide index, narrowed to the club, with the reader's access.</summary>
public sealed class ClubSearch(PortalSearch search)
{
    public async Task<IReadOnlyList<ClubHit>> SearchAsync(ClaimsPrincipal user, string query, int max, CancellationToken cancellationToken = default)
    {
        var found = await search.SearchAsync(user, new SearchRequest(query, ModuleKey.ExpertClub), cancellationToken);
        if (!found.IsSuccess) return [];
        return found.Value.Results.Take(max)
            .Select(r => new ClubHit(r.Title, string.Concat(r.Snippet.Select(p => p.Text)), r.Url))
            .ToList();
    }
}
