using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

public sealed record EntryAttachmentView(Guid Id, string FileName, string ContentType, long Size)
{
    public bool IsPdf => ContentType == "application/pdf";

    public string Url => $"/contest/attachments/{Id}";
}

/// <summary>
/// An entry as it is read: every field of the form. <see cref="Contacts"/> is null where they are hidden (the public
/// page, and judges in blind mode); <see cref="Attachments"/> is empty where the reader may not open them.
/// </summary>
public sealed record EntryDetails(
    Guid Id,
    Guid NominationId,
    string NominationTitle,
    string Title,
    string? Organisation,
    string? Community,
    string Description,
    string Results,
    string Costs,
    string Replication,
    string? Contacts,
    IReadOnlyList<EntryAttachmentView> Attachments,
    int? Place,
    bool IsWinner,
    bool ResultsPublished,
    IReadOnlyList<EntryAnswerView> Answers);

public sealed record WinnerCard(Guid EntryId, string Title, string Nomination, string? Organisation, int Place);

/// <summary>Entries to read: the public page of every entry that passed screening, the judges' full view, the winners.</summary>
public sealed class ContestEntries(IDbContextFactory<CollabDbContext> dbFactory, ContestAccess access)
{
    /// <summary>An entry that passed screening, for anyone; null for drafts, unscreened, ineligible or unknown entries.</summary>
    public async Task<EntryDetails?> PublicAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DetailsAsync(db, entryId, publicOnly: true, showContacts: false, showAttachments: false, cancellationToken);
    }

    /// <summary>
    /// An entry for its judges (the nomination's panel, contest experts, the chair and administrators): every field and
    /// the attachments; contacts hidden from jurors and experts while the nomination scores blind.
    /// </summary>
    public async Task<Result<EntryDetails>> ForJudgeAsync(ClaimsPrincipal user, Guid entryId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => new { e.NominationId, e.Status }).SingleOrDefaultAsync(cancellationToken);
        if (entry is null || entry.Status != EntryStatus.Eligible) return CommonErrors.NotFound;
        var blind = await db.ContestNominations.Where(n => n.Id == entry.NominationId).Select(n => n.BlindMode).SingleAsync(cancellationToken);
        var officer = await access.IsChairAsync(user, cancellationToken);
        if (!officer)
        {
            var juror = await db.ContestPanel.AnyAsync(p => p.NominationId == entry.NominationId && p.MemberId == memberId.Value, cancellationToken);
            var expert = await access.HasRoleAsync(user, ModuleRole.Expert, cancellationToken);
            if (!juror && !expert) return CommonErrors.Forbidden;
            // Once the chair assigns, a judge reads only the entries assigned to them.
            var assigned = (juror && await ReviewerAssignments.MayReviewAsync(db, entry.NominationId, entryId, memberId.Value, ReviewerRole.Juror, cancellationToken))
                || (expert && await ReviewerAssignments.MayReviewAsync(db, entry.NominationId, entryId, memberId.Value, ReviewerRole.Expert, cancellationToken));
            if (!assigned) return ContestErrors.NotAssigned;
        }
        var details = await DetailsAsync(db, entryId, publicOnly: true, showContacts: officer || !blind, showAttachments: true, cancellationToken);
        return details is null ? CommonErrors.NotFound : details;
    }

    /// <summary>The placed entries of every nomination whose results are published, best first.</summary>
    public async Task<IReadOnlyList<WinnerCard>> WinnersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from e in db.ContestEntries.AsNoTracking()
                          where e.Place != null && e.Status == EntryStatus.Eligible
                          join n in db.ContestNominations on e.NominationId equals n.Id
                          where n.ResultsPublishedAt != null
                          join o in db.Organisations on e.OrganisationId equals o.Id into orgs
                          from o in orgs.DefaultIfEmpty()
                          select new { e.Id, e.Title, Nomination = n.Title, n.Order, Organisation = o == null ? null : o.Name, Place = e.Place!.Value })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Place <= 3).OrderBy(r => r.Order).ThenBy(r => r.Place).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => new WinnerCard(r.Id, r.Title, r.Nomination, r.Organisation, r.Place)).ToList();
    }

    private static async Task<EntryDetails?> DetailsAsync(CollabDbContext db, Guid entryId, bool publicOnly, bool showContacts, bool showAttachments,
        CancellationToken cancellationToken)
    {
        var row = await (from e in db.ContestEntries.AsNoTracking()
                         where e.Id == entryId
                         join n in db.ContestNominations on e.NominationId equals n.Id
                         join o in db.Organisations on e.OrganisationId equals o.Id into orgs
                         from o in orgs.DefaultIfEmpty()
                         join c in db.Communities on e.CommunityId equals c.Id into communities
                         from c in communities.DefaultIfEmpty()
                         select new { Entry = e, Nomination = n.Title, n.ResultsPublishedAt, Organisation = o == null ? null : o.Name, Community = c == null ? null : c.NameUk })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || (publicOnly && row.Entry.Status != EntryStatus.Eligible)) return null;
        var entry = row.Entry;
        var attachments = showAttachments
            ? await db.ContestAttachments.AsNoTracking().Where(a => a.EntryId == entryId).OrderBy(a => a.UploadedAt)
                .Select(a => new EntryAttachmentView(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(cancellationToken)
            : [];
        var published = row.ResultsPublishedAt is not null;
        var answers = await EntryForms.ViewsAsync(db, entryId, entry.NominationId, withFiles: showAttachments, cancellationToken);
        return new EntryDetails(entry.Id, entry.NominationId, row.Nomination, entry.Title, row.Organisation, row.Community, entry.Description,
            entry.Results, entry.Costs, entry.Replication, showContacts ? entry.Contacts : null, attachments, published ? entry.Place : null,
            published && entry.IsWinner, published, answers);
    }
}
