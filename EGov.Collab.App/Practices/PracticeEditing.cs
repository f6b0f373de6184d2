using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>
/// Writing a practice and moving it through validation: a member drafts and submits, the experts comment, request
/// changes and publish. Every step is audited, the other side is notified and the search index refreshed.
/// </summary>
public sealed class PracticeEditing(
    IDbContextFactory<CollabDbContext> dbFactory,
    PracticesAccess access,
    NotificationCenter notifications,
    ISearchIndexer indexer,
    TimeProvider clock)
{
    /// <summary>What the editor offers to pick from: communities, approved organisations and the classifier.</summary>
    public async Task<PracticeChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var communities = await db.Communities.AsNoTracking().OrderBy(c => c.NameUk).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Approved).OrderBy(o => o.Name)
            .Select(o => new KeyValuePair<Guid, string>(o.Id, o.Name)).ToListAsync(cancellationToken);
        var concepts = await db.PracticeClassifier.AsNoTracking().ToListAsync(cancellationToken);
        return new PracticeChoices(communities, organisations, concepts);
    }

    /// <summary>A practice for its editor: null when it does not exist or the user may not edit it.</summary>
    public async Task<Practice?> ForEditingAsync(ClaimsPrincipal user, Guid practiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.AsNoTracking().Include(p => p.Concepts).SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null) return null;
        return practice.AuthorId == user.MemberId() || await access.IsExpertAsync(user, cancellationToken) ? practice : null;
    }

    /// <summary>The member's own practices, newest first.</summary>
    public async Task<IReadOnlyList<Practice>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Practices.AsNoTracking().Where(p => p.AuthorId == memberId).OrderByDescending(p => p.UpdatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>For the experts: practices waiting for review and drafts taken in from the contest.</summary>
    public async Task<Result<IReadOnlyList<Practice>>> QueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await access.IsExpertAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Submitted || p.Status == PracticeStatus.ChangesRequested || (p.Status == PracticeStatus.Draft && p.ContestEntryId != null))
            .OrderBy(p => p.Status).ThenBy(p => p.SubmittedAt).ToListAsync(cancellationToken);
        return rows;
    }

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, PracticeContent content, CancellationToken cancellationToken = default)
    {
        if (!await access.IsMemberAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedContent = await CheckReferencesAsync(db, content, cancellationToken);
        if (!checkedContent.IsSuccess) return checkedContent.Error!;
        var now = clock.GetUtcNow();
        var created = Practice.Create(content, checkedContent.Value, user.MemberId()!.Value, now);
        if (!created.IsSuccess) return created.Error!;
        db.Practices.Add(created.Value);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Practices, PracticeAudit.Created, PracticeAudit.Subject(created.Value.Id), null, created.Value.TitleUk, now));
        await db.SaveChangesAsync(cancellationToken);
        return created.Value.Id;
    }

    public async Task<Result> EditAsync(ClaimsPrincipal user, Guid practiceId, PracticeContent content, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.Include(p => p.Concepts).SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null) return CommonErrors.NotFound;
        var isExpert = await access.IsExpertAsync(user, cancellationToken);
        if (!isExpert && practice.AuthorId != user.MemberId()) return CommonErrors.Forbidden;
        var checkedContent = await CheckReferencesAsync(db, content, cancellationToken);
        if (!checkedContent.IsSuccess) return checkedContent.Error!;
        var now = clock.GetUtcNow();
        var edited = practice.Edit(content, checkedContent.Value, isExpert, now);
        if (!edited.IsSuccess) return edited;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Practices, PracticeAudit.Edited, PracticeAudit.Subject(practiceId), null, practice.TitleUk, now));
        await db.SaveChangesAsync(cancellationToken);
        if (practice.IsPublic) await indexer.RefreshAsync(ModuleKey.Practices, practiceId.ToString(), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SubmitAsync(ClaimsPrincipal user, Guid practiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.Include(p => p.Concepts).SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null) return CommonErrors.NotFound;
        if (practice.AuthorId != user.MemberId()) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var before = practice.Status;
        var submitted = practice.Submit(now);
        if (!submitted.IsSuccess) return before == PracticeStatus.Submitted ? Result.Success() : submitted;
        db.PracticeReviews.Add(PracticeReview.Create(practiceId, user.MemberId()!.Value, ReviewKind.Submitted, null, now).Value);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Practices, PracticeAudit.Submitted, PracticeAudit.Subject(practiceId), before.ToString(), practice.Status.ToString(), now));
        await db.SaveChangesAsync(cancellationToken);
        var experts = await PracticesAccess.ExpertIds(db).ToListAsync(cancellationToken);
        await notifications.NotifyAsync(experts, ModuleKey.Practices, "Practices.Notify.Submitted", [practice.TitleUk], PracticeLinks.Practice(practiceId), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> CommentAsync(ClaimsPrincipal user, Guid practiceId, string? text, CancellationToken cancellationToken = default) =>
        await DecideAsync(user, practiceId, ReviewKind.Comment, text, cancellationToken);

    public async Task<Result> RequestChangesAsync(ClaimsPrincipal user, Guid practiceId, string? text, CancellationToken cancellationToken = default) =>
        await DecideAsync(user, practiceId, ReviewKind.ChangesRequested, text, cancellationToken);

    public async Task<Result> PublishAsync(ClaimsPrincipal user, Guid practiceId, string? text, CancellationToken cancellationToken = default) =>
        await DecideAsync(user, practiceId, ReviewKind.Published, text, cancellationToken);

    private async Task<Result> DecideAsync(ClaimsPrincipal user, Guid practiceId, ReviewKind kind, string? text, CancellationToken cancellationToken)
    {
        if (!await access.IsExpertAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.Include(p => p.Concepts).SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        var review = PracticeReview.Create(practiceId, user.MemberId()!.Value, kind, text, now);
        if (!review.IsSuccess) return review;
        var before = practice.Status;
        if (kind == ReviewKind.Published && before == PracticeStatus.Published) return Result.Success();
        var decided = kind switch
        {
            ReviewKind.ChangesRequested => practice.RequestChanges(now),
            ReviewKind.Published => practice.Publish(now),
            _ => Result.Success(),
        };
        if (!decided.IsSuccess) return decided;
        db.PracticeReviews.Add(review.Value);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Practices, PracticeAudit.For(kind), PracticeAudit.Subject(practiceId),
            before.ToString(), $"{practice.Status}: {review.Value.Text}", now));
        await db.SaveChangesAsync(cancellationToken);
        if (kind == ReviewKind.Published) await indexer.RefreshAsync(ModuleKey.Practices, practiceId.ToString(), cancellationToken);
        if (practice.AuthorId != user.MemberId())
        {
            await notifications.NotifyAsync([practice.AuthorId], ModuleKey.Practices, "Practices.Notify." + kind, [practice.TitleUk],
                PracticeLinks.Practice(practiceId), cancellationToken);
        }
        return Result.Success();
    }

    /// <summary>The community, organisation and concepts must exist; gives back the region the community lies in.</summary>
    internal static async Task<Result<string?>> CheckReferencesAsync(CollabDbContext db, PracticeContent content, CancellationToken cancellationToken)
    {
        string? region = null;
        if (content.CommunityId is { } communityId)
        {
            var code = await db.Communities.Where(c => c.Id == communityId).Select(c => c.KatottgCode).SingleOrDefaultAsync(cancellationToken);
            if (code is null) return CommonErrors.Invalid(nameof(PracticeContent.CommunityId));
            region = CommunityRegions.RegionOf(code);
        }
        if (content.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            return CommonErrors.Invalid(nameof(PracticeContent.OrganisationId));
        var conceptIds = content.ConceptIds.Distinct().ToList();
        if (conceptIds.Count > 0 && await db.PracticeClassifier.CountAsync(c => conceptIds.Contains(c.Id), cancellationToken) != conceptIds.Count)
            return CommonErrors.Invalid(nameof(PracticeContent.ConceptIds));
        return region;
    }
}

public sealed record PracticeChoices(IReadOnlyList<Community> Communities, IReadOnlyList<KeyValuePair<Guid, string>> Organisations, IReadOnlyList<Concept> Concepts);

/// <summary>Audit action names of the depository (also localisation keys of their labels).</summary>
public static class PracticeAudit
{
    public const string Created = "practices.created";
    public const string Edited = "practices.edited";
    public const string Submitted = "practices.submitted";
    public const string Commented = "practices.commented";
    public const string ChangesRequested = "practices.changes-requested";
    public const string Published = "practices.published";
    public const string Replicated = "practices.replicated";
    public const string FromContest = "practices.from-contest";
    public const string ConceptSaved = "practices.concept-saved";
    public const string ConceptDeleted = "practices.concept-deleted";
    public const string AttachmentAdded = "practices.attachment-added";

    public static string Subject(Guid practiceId) => $"practice:{practiceId}";

    public static string For(ReviewKind kind) => kind switch
    {
        ReviewKind.Comment => Commented,
        ReviewKind.ChangesRequested => ChangesRequested,
        ReviewKind.Published => Published,
        _ => Submitted,
    };
}
