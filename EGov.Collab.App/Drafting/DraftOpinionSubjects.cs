using System.Security.Claims;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

/// <summary>
/// Drafts as subjects of expert opinions: an expert may give an opinion on the drafts they can read (their groups'
/// drafts and those open to public consultation); the opinion links back to the draft's page.
/// </summary>
public sealed class DraftOpinionSubjects(Drafts drafts, IDbContextFactory<CollabDbContext> dbFactory) : IOpinionSubjects
{
    public const string Kind = "draft";

    public async Task<IReadOnlyList<OpinionSubject>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var mine = await drafts.MineAsync(user, cancellationToken);
        var consulted = await drafts.ConsultationsAsync(cancellationToken);
        return mine.Concat(consulted).DistinctBy(draft => draft.Id)
            .Select(draft => Subject(draft.Id, draft.Title))
            .ToList();
    }

    public async Task<OpinionSubject?> FindAsync(string kind, Guid id, CancellationToken cancellationToken = default)
    {
        if (!string.Equals(kind, Kind, StringComparison.Ordinal)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var title = await db.Drafts.Where(d => d.Id == id).Select(d => d.Title).SingleOrDefaultAsync(cancellationToken);
        return title is null ? null : Subject(id, title);
    }

    private static OpinionSubject Subject(Guid id, string title) => new(Kind, id, title, $"/drafting/drafts/{id}");
}
