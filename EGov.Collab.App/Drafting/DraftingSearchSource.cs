using System.Runtime.CompilerServices;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

/// <summary>
/// Drafts and their provisions for the portal-wide index, as <see cref="DraftAccess"/> lets them be read: the current
/// text for the draft's working group; the version opened to consultation for the other signed-in members while the
/// consultation runs (<see cref="DraftingSearchAudiences"/> decides that at query time, so a deadline passing needs no
/// re-indexing). Item = the draft id.
/// </summary>
public sealed class DraftingSearchSource(IDbContextFactory<CollabDbContext> dbFactory, IDraftEditing editing) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Drafting;

    public static string GroupAudience(Guid groupId) => SearchAudience.Scope("drafting-group", groupId);

    public static string ConsultationAudience(Guid draftId) => SearchAudience.Scope("draft-consultation", draftId);

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<Draft> drafts;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            drafts = await db.Drafts.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var draft in drafts)
            foreach (var item in await ItemsAsync(draft, cancellationToken))
                yield return item;
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(itemId, out var id)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return draft is null ? [] : await ItemsAsync(draft, cancellationToken);
    }

    private async Task<IReadOnlyList<SearchItem>> ItemsAsync(Draft draft, CancellationToken cancellationToken)
    {
        if (!await DraftTexts.ExistsAsync(editing, draft.Id)) return [];
        var (current, _) = await editing.CurrentAsync(draft.Id, cancellationToken);
        var items = Documents(draft, current, GroupAudience(draft.GroupId)).ToList();
        if (draft.ConsultationRevision is { } revision)
            items.AddRange(Documents(draft, await editing.AtRevisionAsync(draft.Id, revision, cancellationToken), ConsultationAudience(draft.Id)));
        return items;
    }

    private IEnumerable<SearchItem> Documents(Draft draft, DraftDocument text, string audience)
    {
        var url = $"/drafting/drafts/{draft.Id}";
        var updated = draft.ConsultationOpenedAt ?? draft.CreatedAt;
        var numbers = LegalNumbering.Number(text);
        yield return new SearchItem(Module, draft.Id.ToString(), "uk", draft.Title, string.Join("\n", text.Provisions.Take(3).Select(p => p.Text)), url, audience, updated);
        foreach (var provision in text.Provisions.Where(p => !string.IsNullOrWhiteSpace(p.Text)))
        {
            var number = numbers.TryGetValue(provision.Id, out var n) && n.Length > 0 ? n : null;
            yield return new SearchItem(Module, draft.Id.ToString(), "uk", number is null ? draft.Title : $"{draft.Title} · {number}", provision.Text, url, audience, updated);
        }
    }
}

/// <summary>A reader's drafting scopes: the groups they belong to, and the consultations open now on other groups' drafts.</summary>
public sealed class DraftingSearchAudiences(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock) : ISearchAudienceProvider
{
    public async Task<IReadOnlyCollection<string>> AudiencesAsync(ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        if (reader.MemberId() is not { } memberId) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (await db.Users.AnyAsync(u => u.Id == memberId && u.LockoutEnd != null && u.LockoutEnd > now, cancellationToken)) return [];
        var groups = await db.GroupMembers.AsNoTracking().Where(m => m.MemberId == memberId).Select(m => m.GroupId).ToListAsync(cancellationToken);
        var consulted = (await db.Drafts.AsNoTracking().Where(d => d.ConsultationRevision != null && d.ConsultationClosedAt == null && !groups.Contains(d.GroupId))
                .ToListAsync(cancellationToken))
            .Where(d => d.IsConsultationOpen(now));
        return groups.Select(DraftingSearchSource.GroupAudience).Concat(consulted.Select(d => DraftingSearchSource.ConsultationAudience(d.Id))).ToList();
    }
}
