using System.Security.Claims;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

public sealed record VersionView(Guid Id, string Name, long Revision, string AuthorName, DateTimeOffset At);

/// <summary>One change in the history: who, when, which provision and what kind of change.</summary>
public sealed record HistoryEntry(long Revision, string AuthorName, DateTimeOffset At, Guid? ProvisionId, string Number, string What, string Detail);

/// <summary>A revision as history shows it: who, from when to when, the provisions touched cited in full, how many changes.</summary>
public sealed record RevisionView(long FromRevision, long ToRevision, string AuthorName, DateTimeOffset StartedAt, DateTimeOffset EndedAt,
    IReadOnlyList<string> Provisions, int Changes);

/// <summary>Named versions (= revisions), the history of changes, redline comparisons and restores.</summary>
public sealed class Versions(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, DraftAccess access, IDraftEditing editing, DraftingLive live)
{
    /// <summary>The pseudo-version "current text" in comparisons.</summary>
    public const long Current = -1;

    public async Task<IReadOnlyList<VersionView>> ListAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RightsAsync(user, draftId, cancellationToken)).CanRead) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var versions = await db.DraftVersions.AsNoTracking().Where(v => v.DraftId == draftId).ToListAsync(cancellationToken);
        var ids = versions.Select(v => v.CreatedBy).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return versions.OrderByDescending(v => v.Revision).ThenByDescending(v => v.CreatedAt)
            .Select(v => new VersionView(v.Id, v.Name, v.Revision, names.GetValueOrDefault(v.CreatedBy, "?"), v.CreatedAt)).ToList();
    }

    public async Task<Result<Guid>> NameAsync(ClaimsPrincipal user, Guid draftId, string name, CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.CanEdit) return CommonErrors.Forbidden;
        var (_, revision) = await editing.CurrentAsync(draftId, cancellationToken);
        var now = clock.GetUtcNow();
        var created = DraftVersion.Create(draftId, name, revision, rights.MemberId!.Value, now);
        if (!created.IsSuccess) return created.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.DraftVersions.Add(created.Value);
        db.AuditEntries.Add(DraftingAudit.Record(rights.MemberId, DraftingAudit.VersionNamed, DraftingAudit.Draft(draftId), null, $"{created.Value.Name} (r{revision})", now));
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(draftId, "version");
        return created.Value.Id;
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RightsAsync(user, draftId, cancellationToken)).CanEdit) return [];
        var history = await editing.HistoryAsync(draftId, 0, cancellationToken);
        var (document, _) = await editing.CurrentAsync(draftId, cancellationToken);
        var numbers = LegalNumbering.Number(document);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = history.Select(h => h.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return history.OrderByDescending(h => h.Revision).Select(h =>
        {
            var (provisionId, what, detail) = Describe(h.Operation);
            return new HistoryEntry(h.Revision, names.GetValueOrDefault(h.AuthorId, "?"), h.At, provisionId,
                provisionId is { } id ? numbers.GetValueOrDefault(id, "") : "", what, detail);
        }).ToList();
    }

    /// <summary>
    /// History as people read it: the log grouped into revisions by author and pause (<see cref="DraftRevisions"/>),
    /// newest first, each provision cited by its full number as it stood when the revision ended (a deleted one as it
    /// stood before).
    /// </summary>
    public async Task<IReadOnlyList<RevisionView>> RevisionsAsync(ClaimsPrincipal user, Guid draftId, TimeSpan? quiet = null, CancellationToken cancellationToken = default)
    {
        if (!(await access.RightsAsync(user, draftId, cancellationToken)).CanEdit) return [];
        var history = await editing.HistoryAsync(draftId, 0, cancellationToken);
        var revisions = DraftRevisions.Group(history.Select(h => new LoggedChange(h.Revision, h.AuthorId, h.At, Describe(h.Operation).ProvisionId)),
            quiet ?? DraftRevisions.DefaultQuiet);
        var document = await editing.AtRevisionAsync(draftId, 0, cancellationToken);
        var cited = new List<IReadOnlyList<string>>(revisions.Count);
        var next = 0;
        foreach (var revision in revisions)
        {
            var before = LegalCitation.Cite(document);
            for (; next < history.Count && history[next].Revision <= revision.ToRevision; next++)
            {
                var applied = DraftOperations.Apply(document, history[next].Operation);
                if (applied.IsSuccess) document = applied.Value;
            }
            var after = LegalCitation.Cite(document);
            cited.Add(revision.ProvisionIds.Select(id => after.GetValueOrDefault(id) ?? before.GetValueOrDefault(id) ?? "")
                .Where(c => c.Length > 0).Distinct().ToList());
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = revisions.Select(r => r.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return revisions.Select((r, i) => new RevisionView(r.FromRevision, r.ToRevision, names.GetValueOrDefault(r.AuthorId, "?"), r.StartedAt, r.EndedAt,
            cited[i], r.Changes)).Reverse().ToList();
    }

    /// <summary>The text at a version's revision, or the current text for <see cref="Current"/>.</summary>
    public async Task<Result<DraftDocument>> TextAsync(ClaimsPrincipal user, Guid draftId, long revision, CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.CanRead) return CommonErrors.NotFound;
        var (current, head) = await editing.CurrentAsync(draftId, cancellationToken);
        if (revision == Current) return rights.CanEdit ? current : await PublicTextAsync(draftId, cancellationToken);
        if (revision < 0 || revision > head) return DraftingErrors.UnknownRevision;
        if (!rights.CanEdit && !await IsPublicRevisionAsync(draftId, revision, cancellationToken)) return CommonErrors.NotFound;
        return await editing.AtRevisionAsync(draftId, revision, cancellationToken);
    }

    public async Task<Result<IReadOnlyList<RedlineProvision>>> CompareAsync(ClaimsPrincipal user, Guid draftId, long from, long to, CancellationToken cancellationToken = default)
    {
        var older = await TextAsync(user, draftId, from, cancellationToken);
        if (!older.IsSuccess) return older.Error!;
        var newer = await TextAsync(user, draftId, to, cancellationToken);
        if (!newer.IsSuccess) return newer.Error!;
        return Result.Success(Redline.Compare(older.Value, newer.Value));
    }

    /// <summary>
    /// Who made the changes between two revisions and when the last was made: the author and date a tracked-changes
    /// document credits. Readers who are not in the group see the group's name and the revision's date only.
    /// </summary>
    public async Task<(string Authors, DateTimeOffset At)> AuthorshipAsync(ClaimsPrincipal user, Guid draftId, long from, long to, string fallback,
        CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        var (_, head) = await editing.CurrentAsync(draftId, cancellationToken);
        var (low, high) = (from == Current ? head : from, to == Current ? head : to);
        if (low > high) (low, high) = (high, low);
        var changes = (await editing.HistoryAsync(draftId, low, cancellationToken)).Where(h => h.Revision <= high).ToList();
        var at = changes.Count == 0 ? clock.GetUtcNow() : changes.Max(h => h.At);
        if (!rights.CanEdit || changes.Count == 0) return (fallback, at);
        var ids = changes.Select(h => h.AuthorId).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.FullName).ToListAsync(cancellationToken);
        return (names.Count == 0 ? fallback : string.Join(", ", names.Order(StringComparer.CurrentCulture)), at);
    }

    /// <summary>Brings an earlier version back as new operations (credited to the member who restores it).</summary>
    public async Task<Result<long>> RestoreAsync(ClaimsPrincipal user, Guid draftId, long revision, CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.CanEdit) return CommonErrors.Forbidden;
        var (current, head) = await editing.CurrentAsync(draftId, cancellationToken);
        if (revision < 0 || revision > head) return DraftingErrors.UnknownRevision;
        var target = await editing.AtRevisionAsync(draftId, revision, cancellationToken);
        var operations = DraftRestore.Operations(current, target);
        if (operations.Count == 0) return head;
        var applied = await editing.ApplyAsync(draftId, rights.MemberId!.Value, operations, cancellationToken);
        if (!applied.IsSuccess) return applied.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(DraftingAudit.Record(rights.MemberId, DraftingAudit.VersionRestored, DraftingAudit.Draft(draftId), $"r{head}", $"r{revision} → r{applied.Value}", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(draftId, "restored");
        return applied.Value;
    }

    private async Task<DraftDocument> PublicTextAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revision = await db.Drafts.Where(d => d.Id == draftId).Select(d => d.ConsultationRevision).SingleAsync(cancellationToken) ?? 0;
        return await editing.AtRevisionAsync(draftId, revision, cancellationToken);
    }

    private async Task<bool> IsPublicRevisionAsync(Guid draftId, long revision, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.AnyAsync(d => d.Id == draftId && d.ConsultationRevision == revision, cancellationToken);
    }

    private static (Guid? ProvisionId, string What, string Detail) Describe(DraftOperation operation) => operation switch
    {
        InsertText o => (o.ProvisionId, "History.Inserted", o.Text),
        DeleteText o => (o.ProvisionId, "History.Deleted", o.Text),
        AddProvision o => (o.Provision.Id, "History.Added", o.Provision.Text),
        DeleteProvision o => (o.Removed.Id, "History.Removed", o.Removed.Text),
        MoveProvision o => (o.ProvisionId, "History.Moved", ""),
        SplitProvision o => (o.ProvisionId, "History.Split", ""),
        MergeProvision o => (o.IntoProvisionId, "History.Merged", ""),
        ChangeKind o => (o.ProvisionId, "History.KindChanged", $"{o.From} → {o.To}"),
        _ => (null, "History.Other", ""),
    };
}
