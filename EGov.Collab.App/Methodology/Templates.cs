using System.Security.Claims;
using System.Text.Json;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Drafting;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Methodology;

public sealed record TemplateSummary(Guid Id, string Title, DraftKind DraftKind, MethodologyLevel Level, int CurrentVersion, bool Flagged);

public sealed record CitedAct(Guid Id, string Title, string Number, bool Flagged);

public sealed record TemplateView(MethodologyTemplate Template, IReadOnlyList<TemplateVersion> Versions, IReadOnlyList<TemplateLine> Lines,
    IReadOnlyList<CitedAct> Cites, IReadOnlyList<string> Placeholders);

/// <summary>A draft made from a template, with what changed upstream since its version (the drafting module's redline), for its group only.</summary>
public sealed record TemplateDraftView(Guid DraftId, string Title, int VersionNumber, IReadOnlyList<RedlineProvision> Upstream);

public sealed record TemplateInput(string Title, string? Description, DraftKind DraftKind, MethodologyLevel Level, string Structure, IReadOnlyCollection<Guid> CitedActIds);

/// <summary>Versioned templates of programmes and typical acts, and the chair's "create a draft from this template".</summary>
public sealed class Templates(
    IDbContextFactory<CollabDbContext> dbFactory,
    MethodologyAccess access,
    CitedActWatch watch,
    Drafts drafts,
    ISearchIndexer indexer,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<TemplateSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var flagged = await db.ActCitations.Where(c => c.Kind == CitingKind.Template && c.FlaggedAt != null).Select(c => c.CitingId).Distinct().ToListAsync(cancellationToken);
        var templates = await db.MethodologyTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return templates.Select(t => new TemplateSummary(t.Id, t.Title, t.DraftKind, t.Level, t.CurrentVersion, flagged.Contains(t.Id)))
            .OrderBy(t => t.Level).ThenBy(t => t.Title, StringComparer.CurrentCulture).ToList();
    }

    public async Task<TemplateView?> ViewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.MethodologyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null) return null;
        var versions = await db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var lines = TemplateStructure.Parse(versions[0].Structure).Value;
        var cites = await (from c in db.ActCitations.AsNoTracking()
                           join a in db.LegalActs.AsNoTracking() on c.ActId equals a.Id
                           where c.Kind == CitingKind.Template && c.CitingId == id
                           orderby a.AdoptedOn
                           select new CitedAct(a.Id, a.Title, a.Number, c.FlaggedAt != null)).ToListAsync(cancellationToken);
        return new TemplateView(template, versions, lines, cites, TemplateStructure.Used(lines));
    }

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, TemplateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var created = MethodologyTemplate.Create(input.Title, input.Description, input.DraftKind, input.Level, input.Structure, user.MemberId(), clock.GetUtcNow());
        if (!created.IsSuccess) return created.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.MethodologyTemplates.Add(created.Value.Template);
        db.TemplateVersions.Add(created.Value.Version);
        db.ActCitations.AddRange(await watch.NewCitationsAsync(CitingKind.Template, created.Value.Template.Id, input.CitedActIds, user.MemberId(), cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Methodology, MethodologySearchSource.TemplateItem(created.Value.Template.Id), cancellationToken);
        return created.Value.Template.Id;
    }

    /// <summary>A new version of the structure; its flags are cleared, since the editor revised it against the acts as they are now.</summary>
    public async Task<Result<int>> ReviseAsync(ClaimsPrincipal user, Guid templateId, int expectedVersion, string structure, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.MethodologyTemplates.SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (template is null) return CommonErrors.NotFound;
        if (template.CurrentVersion != expectedVersion) return CommonErrors.ConcurrentChange;
        var version = template.Revise(structure, user.MemberId(), clock.GetUtcNow());
        if (!version.IsSuccess) return version.Error!;
        db.TemplateVersions.Add(version.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ConcurrentChange;
        }
        await watch.AcknowledgeAsync(CitingKind.Template, templateId, cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Methodology, MethodologySearchSource.TemplateItem(templateId), cancellationToken);
        return version.Value.Number;
    }

    /// <summary>The caller's working groups where they chair, for "create a draft from this template".</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ChairedGroupsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = await (from m in db.GroupMembers
                            join g in db.WorkingGroups on m.GroupId equals g.Id
                            where m.MemberId == memberId && m.Role == GroupRole.Chair
                            select new { g.Id, g.Name }).ToListAsync(cancellationToken);
        return groups.Select(g => (g.Id, g.Name)).OrderBy(g => g.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>
    /// A chair's new draft in the drafting module with the template's current structure as provisions (numbered there by
    /// LegalNumbering), linked back to the template version and citing the template's acts.
    /// </summary>
    public async Task<Result<Guid>> CreateDraftAsync(ClaimsPrincipal user, Guid templateId, Guid groupId, string title, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        if (!(await ChairedGroupsAsync(user, cancellationToken)).Any(g => g.Id == groupId)) return MethodologyErrors.NotInGroup;
        var view = await ViewAsync(templateId, cancellationToken);
        if (view is null) return CommonErrors.NotFound;
        var known = values.Where(v => TemplateStructure.Placeholders.Contains(v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value.Trim().Length > 200 ? v.Value.Trim()[..200] : v.Value.Trim());
        var created = await drafts.CreateAsync(user, groupId, view.Template.DraftKind, title,
            trimmed => TemplateStructure.Render(view.Lines.Select((l, i) => i == 0 && l.Kind == Domain.Drafting.Editing.ProvisionKind.Title ? l with { Text = trimmed } : l), known),
            cancellationToken);
        if (!created.IsSuccess) return created;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.TemplateDrafts.Add(TemplateDraft.Create(created.Value, templateId, view.Template.CurrentVersion, JsonSerializer.Serialize(known), memberId, clock.GetUtcNow()));
        db.ActCitations.AddRange(await watch.NewCitationsAsync(CitingKind.Draft, created.Value, view.Cites.Select(c => c.Id).ToList(), memberId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return created.Value;
    }

    /// <summary>Drafts made from this template that the caller may read, each with the upstream redline from its version to the current one.</summary>
    public async Task<IReadOnlyList<TemplateDraftView>> DraftsAsync(ClaimsPrincipal user, Guid templateId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from td in db.TemplateDrafts.AsNoTracking()
                          join d in db.Drafts.AsNoTracking() on td.DraftId equals d.Id
                          where td.TemplateId == templateId && db.GroupMembers.Any(m => m.GroupId == d.GroupId && m.MemberId == memberId)
                          select new { Link = td, d.Title }).ToListAsync(cancellationToken);
        if (rows.Count == 0) return [];
        var versions = await db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == templateId).ToDictionaryAsync(v => v.Number, cancellationToken);
        var current = versions.Values.MaxBy(v => v.Number)!;
        return rows.Select(r =>
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(r.Link.PlaceholderValues) ?? [];
            IReadOnlyList<RedlineProvision> upstream = [];
            if (r.Link.VersionNumber < current.Number && versions.TryGetValue(r.Link.VersionNumber, out var older))
            {
                var (before, after) = TemplateStructure.Align(TemplateStructure.Parse(older.Structure).Value, TemplateStructure.Parse(current.Structure).Value, values);
                upstream = Redline.Compare(before, after);
            }
            return new TemplateDraftView(r.Link.DraftId, r.Title, r.Link.VersionNumber, upstream);
        }).ToList();
    }
}
