using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>
/// Listings: submit, edit, moderate, renew, archive, read and browse. Every change checks who acts here (not only in the
/// UI), is audited, refreshes the search index and tells the people concerned.
/// </summary>
public sealed class ListingService(
    IDbContextFactory<CollabDbContext> dbFactory,
    ProjectsAccess access,
    NotificationCenter notifications,
    ISearchIndexer indexer,
    TimeProvider clock)
{
    public const int CataloguePageSize = 60;

    public async Task<IReadOnlyList<ListingSummary>> CatalogueAsync(ListingQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listings = db.ProjectListings.AsNoTracking().Include(l => l.Endorsements)
            .Where(l => l.Status == ListingStatus.Published || (query.IncludeArchived && l.Status == ListingStatus.Archived));
        if (!query.IncludeArchived) listings = listings.Where(l => l.ExpiresAt > now);
        if (query.Kind is { } kind) listings = listings.Where(l => l.Kind == kind);
        if (query.Direction is { } direction) listings = listings.Where(l => l.Direction == direction);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            listings = listings.Where(l => l.TitleUk.Contains(text) || l.TitleEn.Contains(text) || l.DescriptionUk.Contains(text) || l.DescriptionEn.Contains(text));
        }
        if (!string.IsNullOrWhiteSpace(query.RegionCode))
        {
            var region = query.RegionCode.Trim();
            listings = listings.Where(l => l.RegionList.Contains(region));
        }
        var found = await listings.OrderByDescending(l => l.PublishedAt).Take(CataloguePageSize * 4).ToListAsync(cancellationToken);
        IEnumerable<Listing> filtered = found;
        if (!string.IsNullOrWhiteSpace(query.ReadinessCode))
        {
            var code = query.ReadinessCode.Trim();
            filtered = filtered.Where(l => Addresses(l.ReadinessCodes, code));
        }
        return filtered.Take(CataloguePageSize).Select(l => ListingSummary.From(l, now)).ToList();
    }

    /// <summary>The listing for this reader, or null when it does not exist or the reader may not see it (pending/rejected).</summary>
    public async Task<ListingPageView?> ReadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var memberId = user.MemberId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.AsNoTracking().AsSplitQuery()
            .Include(l => l.Endorsements).Include(l => l.Attachments).Include(l => l.Interests)
            .SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null) return null;
        var isAuthor = memberId == listing.AuthorId;
        var isModerator = await access.IsModeratorAsync(user, cancellationToken);
        if (!listing.IsPublic && !isAuthor && !isModerator) return null;

        var organisationIds = listing.Endorsements.Select(e => e.OrganisationId).Append(listing.OrganisationId ?? Guid.Empty).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var viewerOrganisation = memberId is null ? null
            : await db.Users.Where(u => u.Id == memberId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        var following = memberId is not null && await db.ProjectFollows.AnyAsync(f => f.ListingId == id && f.MemberId == memberId, cancellationToken);
        var followers = await db.ProjectFollows.CountAsync(f => f.ListingId == id, cancellationToken);
        return new ListingPageView(
            listing,
            listing.Stage(now),
            listing.OrganisationId is { } lead ? names.GetValueOrDefault(lead) : null,
            listing.Endorsements.OrderBy(e => e.CreatedAt).Select(e => names.GetValueOrDefault(e.OrganisationId) ?? "—").ToList(),
            isAuthor,
            isModerator,
            memberId is not null,
            following,
            memberId is null ? null : listing.Interests.FirstOrDefault(i => i.MemberId == memberId),
            viewerOrganisation is not null && listing.Endorsements.Any(e => e.OrganisationId == viewerOrganisation),
            viewerOrganisation is not null,
            followers,
            listing.IsRenewable(now));
    }

    /// <summary>The listing as stored, for its author's editor (null for anyone else).</summary>
    public async Task<Listing?> ForEditingAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ProjectListings.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && l.AuthorId == memberId, cancellationToken);
    }

    /// <summary>Counts one opening of a published listing for its author's dashboard (authors' own views are not counted).</summary>
    public async Task RecordViewAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var day = DateOnly.FromDateTime(PortalTime.ToKyiv(clock.GetUtcNow()).Date);
        var memberId = user.MemberId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ProjectListings.AnyAsync(l => l.Id == id && l.Status == ListingStatus.Published && l.AuthorId != memberId, cancellationToken)) return;
        var row = await db.ProjectViewDays.SingleOrDefaultAsync(v => v.ListingId == id && v.Day == day, cancellationToken);
        if (row is null) db.ProjectViewDays.Add(row = new ListingViewDay(id, day));
        row.Add();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first views of the day at once: one row wins; a lost count is not worth a retry.
        }
    }

    public async Task<Result<Guid>> SubmitAsync(ClaimsPrincipal user, ListingContent content, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var author = await db.Users.Where(u => u.Id == memberId).Select(u => new { u.FullName, u.OrganisationId }).SingleOrDefaultAsync(cancellationToken);
        if (author is null) return CommonErrors.Forbidden;
        var listing = Listing.Submit(content, memberId.Value, author.FullName, author.OrganisationId, now);
        if (!listing.IsSuccess) return listing.Error!;
        db.ProjectListings.Add(listing.Value);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Projects, "projects.listing.submitted", Subject(listing.Value.Id), null, content.TitleUk, now));
        await db.SaveChangesAsync(cancellationToken);
        return listing.Value.Id;
    }

    public async Task<Result> EditAsync(ClaimsPrincipal user, Guid id, ListingContent content, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null) return ProjectsErrors.ListingNotFound;
        var before = listing.TitleUk;
        var edited = listing.Edit(memberId.Value, content, now);
        if (!edited.IsSuccess) return edited;
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Projects, "projects.listing.edited", Subject(id), before, content.TitleUk, now));
        var saved = await SaveAsync(db, cancellationToken);
        if (!saved.IsSuccess) return saved;
        await indexer.RefreshAsync(ModuleKey.Projects, id.ToString(), cancellationToken);
        if (listing.Status == ListingStatus.Published) await NotifyFollowersAsync(db, listing, memberId.Value, "Notification.Projects.Updated", cancellationToken);
        return Result.Success();
    }

    public async Task<Result<IReadOnlyList<ListingSummary>>> ModerationQueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await access.IsModeratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.ProjectListings.AsNoTracking().Include(l => l.Endorsements)
            .Where(l => l.Status == ListingStatus.Pending).OrderBy(l => l.UpdatedAt).ToListAsync(cancellationToken);
        return pending.Select(l => ListingSummary.From(l, now)).ToList();
    }

    /// <summary>A moderator publishes (<paramref name="approve"/>) or rejects with a reason; a second decision is "already decided".</summary>
    public async Task<Result> ModerateAsync(ClaimsPrincipal user, Guid id, bool approve, string? reason, CancellationToken cancellationToken = default)
    {
        if (!await access.IsModeratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        var moderatorId = user.MemberId()!.Value;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null) return ProjectsErrors.ListingNotFound;
        var decided = approve ? listing.Approve(moderatorId, now) : listing.Reject(moderatorId, reason, now);
        if (!decided.IsSuccess) return decided;
        db.AuditEntries.Add(AuditEntry.Record(moderatorId, ModuleKey.Projects, approve ? "projects.listing.approved" : "projects.listing.rejected",
            Subject(id), ListingStatus.Pending.ToString(), listing.Status.ToString(), now));
        var saved = await SaveAsync(db, cancellationToken);
        if (!saved.IsSuccess) return saved;
        await indexer.RefreshAsync(ModuleKey.Projects, id.ToString(), cancellationToken);
        await notifications.NotifyAsync([listing.AuthorId], ModuleKey.Projects,
            approve ? "Notification.Projects.Approved" : "Notification.Projects.Rejected", [listing.TitleUk], ProjectsLinks.Listing(id), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> RenewAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default) =>
        await ChangeAsync(user, id, "projects.listing.renewed", (listing, memberId, now) => listing.Renew(memberId, now), "Notification.Projects.Renewed", cancellationToken);

    public async Task<Result> ArchiveAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default) =>
        await ChangeAsync(user, id, "projects.listing.archived", (listing, memberId, now) => listing.Archive(memberId, now), "Notification.Projects.Archived", cancellationToken);

    /// <summary>
    /// What the contest's registration pre-fills from a published listing of the signed-in author
    /// (<c>/contest/register?listing={id}</c>); null for anyone else's or an unpublished listing.
    /// </summary>
    public async Task<ContestPrefill?> ForContestAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.AsNoTracking()
            .SingleOrDefaultAsync(l => l.Id == id && l.AuthorId == memberId && l.Status == ListingStatus.Published, cancellationToken);
        if (listing is null) return null;
        var contacts = string.Join(", ", new[] { listing.ContactName, listing.ContactEmail }.Where(s => s.Length > 0));
        var text = listing.DescriptionUk + (listing.RepositoryUrl.Length > 0 ? "\n\n" + listing.RepositoryUrl : "");
        return new ContestPrefill(listing.TitleUk, text, contacts);
    }

    /// <summary>The author's listings, newest change first.</summary>
    public async Task<IReadOnlyList<ListingSummary>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return [];
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = await db.ProjectListings.AsNoTracking().Include(l => l.Endorsements)
            .Where(l => l.AuthorId == memberId).OrderByDescending(l => l.UpdatedAt).ToListAsync(cancellationToken);
        return mine.Select(l => ListingSummary.From(l, now)).ToList();
    }

    internal static string Subject(Guid id) => $"listing:{id}";

    internal static bool Addresses(IReadOnlyList<string> codes, string code) =>
        codes.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase) || c.StartsWith(code + ".", StringComparison.OrdinalIgnoreCase));

    internal async Task NotifyFollowersAsync(CollabDbContext db, Listing listing, Guid actorId, string textKey, CancellationToken cancellationToken)
    {
        var followers = await db.ProjectFollows.Where(f => f.ListingId == listing.Id && f.MemberId != actorId).Select(f => f.MemberId).ToListAsync(cancellationToken);
        await notifications.NotifyAsync(followers, ModuleKey.Projects, textKey, [listing.TitleUk], ProjectsLinks.Listing(listing.Id), cancellationToken);
    }

    internal static async Task<Result> SaveAsync(CollabDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonErrors.ConcurrentChange;
        }
    }

    private async Task<Result> ChangeAsync(ClaimsPrincipal user, Guid id, string action, Func<Listing, Guid, DateTimeOffset, Result> change, string followersKey, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null) return ProjectsErrors.ListingNotFound;
        var changed = change(listing, memberId.Value, now);
        if (!changed.IsSuccess) return changed;
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Projects, action, Subject(id), null, listing.ExpiresAt?.ToString("O"), now));
        var saved = await SaveAsync(db, cancellationToken);
        if (!saved.IsSuccess) return saved;
        await indexer.RefreshAsync(ModuleKey.Projects, id.ToString(), cancellationToken);
        await NotifyFollowersAsync(db, listing, memberId.Value, followersKey, cancellationToken);
        return Result.Success();
    }
}
