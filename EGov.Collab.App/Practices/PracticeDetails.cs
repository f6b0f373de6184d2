using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

public sealed record ReviewStep(ReviewKind Kind, string Author, string Text, DateTimeOffset At);

/// <summary>One link of a practice's lineage: the original community or an adopter, with the readiness index before and after.</summary>
public sealed record LineageStep(
    Guid? ReplicationId,
    Guid CommunityId,
    string CommunityUk,
    string CommunityEn,
    DateOnly? On,
    string NotesUk,
    string NotesEn,
    BodyReadiness? Before,
    BodyReadiness? After)
{
    public bool IsOriginal => ReplicationId is null;

    public string Community(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || CommunityEn.Length == 0 ? CommunityUk : CommunityEn;

    public string Notes(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || NotesEn.Length == 0 ? NotesUk : NotesEn;
}

public sealed record AttachmentView(Guid Id, string FileName, DateTimeOffset AddedAt);

public sealed record PracticeView(
    Practice Practice,
    string CommunityUk,
    string CommunityEn,
    string? Organisation,
    string Author,
    IReadOnlyList<Concept> Concepts,
    IReadOnlyList<ReviewStep> Reviews,
    IReadOnlyList<LineageStep> Lineage,
    IReadOnlyList<AttachmentView> Attachments,
    Guid? ContestNominationId,
    bool IsAuthor,
    bool IsExpert)
{
    public bool CanEdit => IsExpert || (IsAuthor && Practice.Status is PracticeStatus.Draft or PracticeStatus.ChangesRequested);

    public string CommunityName(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || CommunityEn.Length == 0 ? CommunityUk : CommunityEn;

    public bool CanSubmit => IsAuthor && Practice.Status is PracticeStatus.Draft or PracticeStatus.ChangesRequested;
}

/// <summary>
/// A practice as its page shows it. Published practices are open to everyone; drafts and practices under review only to
/// their author and the module's experts (anyone else gets "not found", so drafts do not leak by id).
/// </summary>
public sealed class PracticeDetails(IDbContextFactory<CollabDbContext> dbFactory, PracticesAccess access, IReadinessResults readiness)
{
    public async Task<PracticeView?> ReadAsync(ClaimsPrincipal user, Guid practiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.AsNoTracking().Include(p => p.Concepts).SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null) return null;
        var memberId = user.MemberId();
        var isAuthor = memberId == practice.AuthorId;
        var isExpert = await access.IsExpertAsync(user, cancellationToken);
        if (!practice.IsPublic && !isAuthor && !isExpert) return null;

        var community = practice.CommunityId is { } cid ? await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cid, cancellationToken) : null;
        var organisation = practice.OrganisationId is { } oid ? await db.Organisations.Where(o => o.Id == oid).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var author = await db.Users.Where(u => u.Id == practice.AuthorId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken) ?? "";
        var conceptIds = practice.Concepts.Select(c => c.ConceptId).ToList();
        var concepts = await db.PracticeClassifier.AsNoTracking().Where(c => conceptIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var reviews = isAuthor || isExpert
            ? await (from r in db.PracticeReviews.AsNoTracking()
                     where r.PracticeId == practiceId
                     join u in db.Users on r.AuthorId equals u.Id
                     orderby r.At
                     select new ReviewStep(r.Kind, u.FullName, r.Text, r.At)).ToListAsync(cancellationToken)
            : [];
        var attachments = await db.PracticeAttachments.AsNoTracking().Where(a => a.PracticeId == practiceId).OrderBy(a => a.AddedAt)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.AddedAt)).ToListAsync(cancellationToken);
        var nominationId = practice.ContestEntryId is { } entryId
            ? await db.ContestEntries.Where(e => e.Id == entryId).Select(e => (Guid?)e.NominationId).SingleOrDefaultAsync(cancellationToken)
            : null;
        var lineage = await LineageAsync(db, practice, community, cancellationToken);
        return new PracticeView(practice, community?.NameUk ?? "", community?.NameEn ?? "", organisation, author, concepts, reviews, lineage,
            attachments, nominationId, isAuthor, isExpert);
    }

    private async Task<IReadOnlyList<LineageStep>> LineageAsync(CollabDbContext db, Practice practice, Domain.Common.Community? community, CancellationToken cancellationToken)
    {
        var steps = new List<LineageStep>();
        if (community is not null)
            steps.Add(new LineageStep(null, community.Id, community.NameUk, community.NameEn, practice.ImplementedOn ?? practice.StartedOn, "", "", null, null));
        var adopters = await (from r in db.PracticeReplications.AsNoTracking()
                              where r.PracticeId == practice.Id
                              join c in db.Communities on r.CommunityId equals c.Id
                              orderby r.ReplicatedOn
                              select new { r.Id, r.CommunityId, c.NameUk, c.NameEn, r.ReplicatedOn, r.NotesUk, r.NotesEn }).ToListAsync(cancellationToken);
        foreach (var adopter in adopters)
        {
            // The readiness index of the assessment before the replication and of the latest one after it, where published.
            var before = await readiness.ForCommunityAsync(adopter.CommunityId, adopter.ReplicatedOn.Year - 1, cancellationToken);
            var latest = await readiness.ForCommunityAsync(adopter.CommunityId, null, cancellationToken);
            var after = latest is not null && latest.Year >= adopter.ReplicatedOn.Year ? latest : null;
            steps.Add(new LineageStep(adopter.Id, adopter.CommunityId, adopter.NameUk, adopter.NameEn, adopter.ReplicatedOn, adopter.NotesUk, adopter.NotesEn, before, after));
        }
        return steps;
    }
}
