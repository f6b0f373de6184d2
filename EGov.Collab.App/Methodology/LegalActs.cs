using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Methodology;

public sealed record ActSummary(Guid Id, string Identifier, string Title, LegalActType Type, string Number, DateOnly AdoptedOn, string AdopterName, LegalActStatus Status);

public sealed record ActFilter(string? Text = null, LegalActType? Type = null, LegalActStatus? Status = null, string? Tag = null);

/// <summary>A link seen from one act: <see cref="Outgoing"/> when this act is the source.</summary>
public sealed record ActLinkView(Guid LinkId, ActLinkType Type, bool Outgoing, Guid OtherId, string OtherTitle);

public sealed record ActCiter(CitingKind Kind, Guid Id, string Title, string Url, bool Flagged);

public sealed record ActView(LegalAct Act, LegalActStatus Status, IReadOnlyList<ActEdition> Editions, IReadOnlyList<ActLinkView> Links, IReadOnlyList<ActCiter> CitedBy);

public sealed record EditionInput(DateOnly EditionDate, string? Text, string? OfficialUrl, string? Note);

/// <summary>The legal acts registry: list, read, and (methodology editors only) enter cards, editions, force and links.</summary>
public sealed class LegalActs(
    IDbContextFactory<CollabDbContext> dbFactory,
    MethodologyAccess access,
    CitedActWatch watch,
    ISearchIndexer indexer,
    IDocumentStore documents,
    TimeProvider clock)
{
    public const int ListLimit = 500;

    /// <summary>What an edition's file may be: a PDF, within the store's size limit.</summary>
    public static DocumentUpload EditionUpload(Guid? uploadedBy) => new([Domain.Common.Documents.DocumentKind.Pdf], uploadedBy);

    public DateOnly Today => DateOnly.FromDateTime(PortalTime.ToKyiv(clock.GetUtcNow()).DateTime);

    public async Task<IReadOnlyList<ActSummary>> ListAsync(ActFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.LegalActs.AsNoTracking();
        if (filter.Type is { } type) query = query.Where(a => a.Type == type);
        if (!string.IsNullOrWhiteSpace(filter.Tag)) query = query.Where(a => a.TagList.Contains(filter.Tag.Trim()));
        var acts = await query.OrderByDescending(a => a.AdoptedOn).Take(ListLimit).ToListAsync(cancellationToken);
        var today = Today;
        var text = filter.Text?.Trim();
        return acts
            .Where(a => string.IsNullOrEmpty(text) || a.Title.Contains(text, StringComparison.CurrentCultureIgnoreCase)
                        || a.Number.Contains(text, StringComparison.OrdinalIgnoreCase) || a.Identifier.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(a => new ActSummary(a.Id, a.Identifier, a.Title, a.Type, a.Number, a.AdoptedOn, a.AdopterName, a.StatusOn(today)))
            .Where(a => filter.Status is null || a.Status == filter.Status)
            .ToList();
    }

    public async Task<ActView?> ViewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var act = await db.LegalActs.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (act is null) return null;
        var editions = await db.ActEditions.AsNoTracking().Where(e => e.ActId == id).OrderByDescending(e => e.EditionDate).ToListAsync(cancellationToken);
        var links = await db.ActLinks.AsNoTracking().Where(l => l.SourceId == id || l.TargetId == id).ToListAsync(cancellationToken);
        var otherIds = links.Select(l => l.SourceId == id ? l.TargetId : l.SourceId).Distinct().ToList();
        var titles = await db.LegalActs.AsNoTracking().Where(a => otherIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var linkViews = links.Select(l => l.SourceId == id
                ? new ActLinkView(l.Id, l.Type, true, l.TargetId, titles[l.TargetId])
                : new ActLinkView(l.Id, l.Type, false, l.SourceId, titles[l.SourceId]))
            .OrderBy(l => l.Type).ThenBy(l => l.OtherTitle, StringComparer.CurrentCulture).ToList();
        return new ActView(act, act.StatusOn(Today), editions, linkViews, await CitersAsync(db, id, cancellationToken));
    }

    /// <summary>Titles of acts for pickers (citing acts, linking acts).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Label)>> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var acts = await db.LegalActs.AsNoTracking().OrderBy(a => a.Title).Select(a => new { a.Id, a.Title, a.Number }).ToListAsync(cancellationToken);
        return acts.Select(a => (a.Id, $"{a.Title} № {a.Number}")).ToList();
    }

    /// <summary>Creates an act (when <paramref name="id"/> is null) or replaces its card; the watch runs when its status changed.</summary>
    public async Task<Result<Guid>> SaveAsync(ClaimsPrincipal user, Guid? id, LegalActCard card, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var identifier = (card.Identifier ?? "").Trim();
        if (await db.LegalActs.AnyAsync(a => a.Identifier == identifier && a.Id != id, cancellationToken)) return MethodologyErrors.DuplicateIdentifier;
        var now = clock.GetUtcNow();
        LegalAct act;
        if (id is null)
        {
            var created = LegalAct.Create(card, now);
            if (!created.IsSuccess) return created.Error!;
            act = created.Value;
            db.LegalActs.Add(act);
        }
        else
        {
            act = await db.LegalActs.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new KeyNotFoundException();
            var applied = act.Apply(card, now);
            if (!applied.IsSuccess) return applied.Error!;
        }
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync(act.Id, cancellationToken);
        return act.Id;
    }

    public async Task<Result> EndForceAsync(ClaimsPrincipal user, Guid actId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var act = await db.LegalActs.SingleOrDefaultAsync(a => a.Id == actId, cancellationToken);
        if (act is null) return CommonErrors.NotFound;
        var ended = act.EndForce(day, clock.GetUtcNow());
        if (!ended.IsSuccess) return ended;
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync(actId, cancellationToken);
        return Result.Success();
    }

    /// <summary>Adds a dated edition; a PDF (optional) goes to the portal's document store first.</summary>
    public async Task<Result<Guid>> AddEditionAsync(ClaimsPrincipal user, Guid actId, EditionInput input, Stream? pdf, string? pdfName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var act = await db.LegalActs.SingleOrDefaultAsync(a => a.Id == actId, cancellationToken);
        if (act is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        // Checked before the file is stored, so a refused edition leaves no file behind.
        var check = ActEdition.Create(act, input.EditionDate, input.Text, input.OfficialUrl, pdf is null ? null : Guid.Empty, input.Note, now);
        if (!check.IsSuccess) return check.Error!;
        Guid? documentId = null;
        if (pdf is not null)
        {
            var saved = await documents.SaveAsync(pdf, pdfName ?? "edition.pdf", EditionUpload(user.MemberId()), cancellationToken);
            if (!saved.IsSuccess) return saved.Error!;
            documentId = saved.Value.Id;
        }
        var edition = ActEdition.Create(act, input.EditionDate, input.Text, input.OfficialUrl, documentId, input.Note, now).Value;
        db.ActEditions.Add(edition);
        act.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync(actId, cancellationToken);
        return edition.Id;
    }

    public async Task<Result> AddLinkAsync(ClaimsPrincipal user, Guid sourceId, Guid targetId, ActLinkType type, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.LegalActs.CountAsync(a => a.Id == sourceId || a.Id == targetId, cancellationToken);
        if (found < (sourceId == targetId ? 1 : 2)) return CommonErrors.NotFound;
        var existing = await db.ActLinks.AsNoTracking().ToListAsync(cancellationToken);
        var link = ActLink.Create(sourceId, targetId, type, existing);
        if (!link.IsSuccess) return link.Error!;
        db.ActLinks.Add(link.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>The edition's PDF, when the edition has one.</summary>
    public async Task<Guid?> EditionDocumentAsync(Guid actId, Guid editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ActEditions.AsNoTracking().Where(e => e.Id == editionId && e.ActId == actId).Select(e => e.DocumentId).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>What runs after any change of an act: the cited-act watch and the search index.</summary>
    internal async Task AfterChangeAsync(Guid actId, CancellationToken cancellationToken)
    {
        await watch.CheckAsync([actId], cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Methodology, MethodologySearchSource.ActItem(actId), cancellationToken);
    }

    private static async Task<IReadOnlyList<ActCiter>> CitersAsync(CollabDbContext db, Guid actId, CancellationToken cancellationToken)
    {
        var citations = await db.ActCitations.AsNoTracking().Where(c => c.ActId == actId).ToListAsync(cancellationToken);
        var ids = citations.Select(c => c.CitingId).ToList();
        var templates = await db.MethodologyTemplates.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken);
        var examples = await db.MethodologyExamples.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        var result = new List<ActCiter>();
        foreach (var c in citations)
        {
            if (c.Kind == CitingKind.Template && templates.TryGetValue(c.CitingId, out var template))
                result.Add(new ActCiter(c.Kind, c.CitingId, template, MethodologyLinks.Template(c.CitingId), c.IsFlagged));
            else if (c.Kind == CitingKind.Example && examples.TryGetValue(c.CitingId, out var example))
                result.Add(new ActCiter(c.Kind, c.CitingId, example, MethodologyLinks.Example(c.CitingId), c.IsFlagged));
        }
        // Drafts are not listed: their existence is for their group's eyes only.
        return result.OrderBy(c => c.Kind).ThenBy(c => c.Title, StringComparer.CurrentCulture).ToList();
    }
}
