using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.ExpertClub;

public sealed record ClubHit(string Title, string Snippet, string Url);

/// <summary>
/// Search across the topics and messages a viewer may read. SQLite's LIKE folds only ASCII, so matching is done in memory
/// with <see cref="SearchText.Matches"/> over each readable room's latest <see cref="MessagesScanned"/> messages.
/// </summary>
public sealed class ClubSearch(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access)
{
    public const int MessagesScanned = 5000;

    public async Task<IReadOnlyList<ClubHit>> SearchAsync(ClaimsPrincipal user, string query, int max, CancellationToken cancellationToken = default)
    {
        query = query.Trim();
        if (query.Length == 0) return [];
        var viewer = user.Identity?.IsAuthenticated == true ? await access.ViewerAsync(user, cancellationToken) : ClubViewer.Visitor;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rooms = (await db.ClubRooms.AsNoTracking().ToListAsync(cancellationToken)).Where(viewer.CanRead).Select(r => r.Id).ToList();
        var topics = await db.ClubTopics.AsNoTracking().Where(t => rooms.Contains(t.RoomId)).ToListAsync(cancellationToken);
        var hits = topics.Where(t => SearchText.Matches(t.Title, query))
            .Select(t => new ClubHit(t.Title, "", ClubLinks.Topic(t.Id))).ToList();
        var topicIds = topics.Select(t => t.Id).ToList();
        var titles = topics.ToDictionary(t => t.Id, t => t.Title);
        var messages = await db.ClubMessages.AsNoTracking()
            .Where(m => topicIds.Contains(m.TopicId) && !m.IsDeleted && m.HiddenReason == null)
            .OrderByDescending(m => m.PostedAt).Take(MessagesScanned)
            .Select(m => new { m.TopicId, m.Number, m.Text }).ToListAsync(cancellationToken);
        hits.AddRange(messages.Where(m => SearchText.Matches(m.Text, query)).Take(max)
            .Select(m => new ClubHit(titles[m.TopicId], SearchText.Snippet(m.Text, query), ClubLinks.Message(m.TopicId, m.Number))));
        return hits.Take(max).ToList();
    }
}

/// <summary>The club's topics and messages in the portal-wide search (what a visitor may read).</summary>
public sealed class ClubSearchProvider(ClubSearch search, IStringLocalizer<ExpertClubResource> L) : ISearchProvider
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, CultureInfo culture, int max, CancellationToken cancellationToken)
    {
        var hits = await search.SearchAsync(new ClaimsPrincipal(), query, max, cancellationToken);
        return hits.Select(h => new SearchHit(L["ExpertClub.Title"], h.Title, h.Snippet, h.Url)).ToList();
    }
}
