using EGov.Collab.App.Common.SearchIndex;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Drafting.Documents;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

public sealed record DraftSummary(Guid Id, string Title, DraftKind Kind, Guid GroupId, string GroupName, bool ConsultationOpen, DateTimeOffset? ConsultationDeadline)
{
    public static DraftSummary Of(Draft draft, string groupName, DateTimeOffset now) =>
        new(draft.Id, draft.Title, draft.Kind, draft.GroupId, groupName, draft.IsConsultationOpen(now), draft.ConsultationDeadline);
}

public enum DraftSource
{
    Blank = 1,
    Template = 2,
    Docx = 3,
}

/// <summary>The draft's metadata with the current text and the reader's rights.</summary>
public sealed record DraftView(Draft Draft, string GroupName, GroupVisibility Visibility, DraftRights Rights, DraftDocument Text, long Revision,
    IReadOnlyDictionary<Guid, string> Numbers);

/// <summary>Drafts: create (blank, template, .docx), list, and read with the caller's rights checked.</summary>
public sealed class Drafts(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, DraftAccess access, IDraftEditing editing, ISearchIndexer indexer)
{
    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, Guid groupId, DraftKind kind, string title, DraftSource source, Stream? docx, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.GroupMembers.AnyAsync(m => m.GroupId == groupId && m.MemberId == memberId, cancellationToken)) return DraftingErrors.NotMember;
        var now = clock.GetUtcNow();
        var created = Draft.Create(groupId, kind, title, memberId, now);
        if (!created.IsSuccess) return created.Error!;
        DraftDocument text;
        switch (source)
        {
            case DraftSource.Docx:
                if (docx is null) return CommonErrors.Required("file");
                var imported = await DocxImport.ReadAsync(docx, cancellationToken);
                if (!imported.IsSuccess) return imported.Error!;
                text = imported.Value;
                break;
            case DraftSource.Template:
                text = DraftTemplates.For(kind, created.Value.Title);
                break;
            default:
                text = DraftTemplates.Blank(created.Value.Title);
                break;
        }
        return await SaveAsync(db, created.Value, text, memberId, now, cancellationToken);
    }

    /// <summary>A draft whose first text is made by the caller from the trimmed title (the methodology module's templates).</summary>
    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, Guid groupId, DraftKind kind, string title, Func<string, DraftDocument> text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.GroupMembers.AnyAsync(m => m.GroupId == groupId && m.MemberId == memberId, cancellationToken)) return DraftingErrors.NotMember;
        var now = clock.GetUtcNow();
        var created = Draft.Create(groupId, kind, title, memberId, now);
        if (!created.IsSuccess) return created.Error!;
        return await SaveAsync(db, created.Value, text(created.Value.Title), memberId, now, cancellationToken);
    }

    private async Task<Result<Guid>> SaveAsync(CollabDbContext db, Draft draft, DraftDocument text, Guid memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The text is accepted before anything is saved: a refused import leaves no draft behind.
        var accepted = DraftOperations.Initial(text);
        if (!accepted.IsSuccess) return accepted.Error == DraftEditingErrors.TooManyProvisions ? DraftingErrors.DocxTooManyParagraphs : accepted.Error!;
        db.Drafts.Add(draft);
        db.AuditEntries.Add(DraftingAudit.Record(memberId, DraftingAudit.DraftCreated, DraftingAudit.Draft(draft.Id), null, draft.Title, now));
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await editing.CreateAsync(draft.Id, accepted.Value, memberId, cancellationToken);
        }
        catch
        {
            db.Drafts.Remove(draft);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        await indexer.RefreshAsync(ModuleKey.Drafting, draft.Id.ToString(), cancellationToken);
        return draft.Id;
    }

    /// <summary>Drafts of the caller's groups.</summary>
    public async Task<IReadOnlyList<DraftSummary>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = db.GroupMembers.Where(m => m.MemberId == memberId).Select(m => m.GroupId);
        var rows = await db.Drafts.AsNoTracking().Where(d => groups.Contains(d.GroupId))
            .Join(db.WorkingGroups, d => d.GroupId, g => g.Id, (d, g) => new { Draft = d, g.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(r => DraftSummary.Of(r.Draft, r.Name, now)).OrderBy(d => d.Title, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Drafts open to public consultation now; anyone may see the list, registered members take part.</summary>
    public async Task<IReadOnlyList<DraftSummary>> ConsultationsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Drafts.AsNoTracking().Where(d => d.ConsultationOpenedAt != null && d.ConsultationClosedAt == null && d.ConsultationDeadline > now)
            .Join(db.WorkingGroups, d => d.GroupId, g => g.Id, (d, g) => new { Draft = d, g.Name }).ToListAsync(cancellationToken);
        return rows.Select(r => DraftSummary.Of(r.Draft, r.Name, now)).OrderBy(d => d.ConsultationDeadline).ToList();
    }

    /// <summary>The draft with its current text, or NotFound when the caller may not read it (its existence does not leak).</summary>
    public async Task<Result<DraftView>> ViewAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.CanRead) return CommonErrors.NotFound;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.AsNoTracking().SingleAsync(d => d.Id == draftId, cancellationToken);
        var group = await db.WorkingGroups.Where(g => g.Id == draft.GroupId).Select(g => new { g.Name, g.Visibility }).SingleAsync(cancellationToken);
        DraftDocument text;
        long revision;
        if (rights.IsMember || draft.ConsultationRevision is null)
            (text, revision) = await editing.CurrentAsync(draftId, cancellationToken);
        else
        {
            // The public reads the version opened to consultation, not the group's work in progress.
            revision = draft.ConsultationRevision.Value;
            text = await editing.AtRevisionAsync(draftId, revision, cancellationToken);
        }
        return new DraftView(draft, group.Name, group.Visibility, rights, text, revision, LegalNumbering.Number(text));
    }
}
