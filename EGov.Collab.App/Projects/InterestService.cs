using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>
/// What members do with a published listing: express interest (a private thread with the author, who accepts or
/// declines; accepting exchanges contacts), follow it, and endorse it on behalf of their organisation.
/// </summary>
public sealed class InterestService(
    IDbContextFactory<CollabDbContext> dbFactory,
    ListingService listings,
    NotificationCenter notifications,
    TimeProvider clock)
{
    public async Task<Result<Guid>> ExpressAsync(ClaimsPrincipal user, Guid listingId, string? message, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.Include(l => l.Interests).SingleOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null) return ProjectsErrors.ListingNotFound;
        var member = await db.Users.Where(u => u.Id == memberId).Select(u => new { u.FullName, u.OrganisationId }).SingleAsync(cancellationToken);
        var interest = listing.ExpressInterest(memberId.Value, member.FullName, member.OrganisationId, message, now);
        if (!interest.IsSuccess) return interest.Error!;
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Projects, "projects.interest.expressed", ListingService.Subject(listingId), null, interest.Value.Id.ToString(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (listing, member) index caught a second click that raced the first.
            return ProjectsErrors.InterestTwice;
        }
        await notifications.NotifyAsync([listing.AuthorId], ModuleKey.Projects, "Notification.Projects.Interest",
            [member.FullName, listing.TitleUk], ProjectsLinks.Interest(interest.Value.Id), cancellationToken);
        return interest.Value.Id;
    }

    /// <summary>The thread for its author or the interested member; null for anyone else (the page answers 404).</summary>
    public async Task<InterestThread?> ThreadAsync(ClaimsPrincipal user, Guid interestId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var interest = await db.ProjectInterests.AsNoTracking().SingleOrDefaultAsync(i => i.Id == interestId, cancellationToken);
        if (interest is null) return null;
        var listing = await db.ProjectListings.AsNoTracking().Where(l => l.Id == interest.ListingId)
            .Select(l => new { l.Id, l.TitleUk, l.TitleEn, l.AuthorId, l.AuthorName, l.ContactName, l.ContactEmail }).SingleAsync(cancellationToken);
        if (memberId != listing.AuthorId && memberId != interest.MemberId) return null;
        var messages = await db.ProjectInterestMessages.AsNoTracking().Where(m => m.InterestId == interestId)
            .OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        var people = new[] { listing.AuthorId, interest.MemberId };
        var members = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.FullName, u.Email }, cancellationToken);
        var thread = new List<ThreadMessage> { new(interest.MemberId, interest.MemberName, interest.Message, interest.CreatedAt) };
        thread.AddRange(messages.Select(m => new ThreadMessage(m.AuthorId, members.GetValueOrDefault(m.AuthorId)?.FullName ?? "—", m.Text, m.CreatedAt)));
        ExchangedContacts? contacts = null;
        if (interest.ContactsExchanged)
        {
            var author = members.GetValueOrDefault(listing.AuthorId);
            var interested = members.GetValueOrDefault(interest.MemberId);
            var listingContact = string.Join(" · ", new[] { listing.ContactName, listing.ContactEmail }.Where(s => s.Length > 0));
            contacts = new ExchangedContacts(author?.FullName ?? listing.AuthorName, author?.Email ?? "", listingContact,
                interested?.FullName ?? interest.MemberName, interested?.Email ?? "");
        }
        return new InterestThread(interest, listing.Id, listing.TitleUk, listing.TitleEn, listing.AuthorId, listing.AuthorName,
            memberId == listing.AuthorId, thread, contacts);
    }

    public async Task<Result> PostAsync(ClaimsPrincipal user, Guid interestId, string? text, CancellationToken cancellationToken = default)
    {
        var thread = await ThreadAsync(user, interestId, cancellationToken);
        if (thread is null) return ProjectsErrors.InterestNotFound;
        var memberId = user.MemberId()!.Value;
        var message = InterestMessage.Create(interestId, memberId, text, clock.GetUtcNow());
        if (!message.IsSuccess) return message;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ProjectInterestMessages.Add(message.Value);
        await db.SaveChangesAsync(cancellationToken);
        var other = thread.ViewerIsAuthor ? thread.Interest.MemberId : thread.AuthorId;
        var name = thread.ViewerIsAuthor ? thread.AuthorName : thread.Interest.MemberName;
        await notifications.NotifyAsync([other], ModuleKey.Projects, "Notification.Projects.Message", [name, thread.ListingTitleUk],
            ProjectsLinks.Interest(interestId), cancellationToken);
        return Result.Success();
    }

    /// <summary>The author accepts (contacts are exchanged) or declines; a second decision is "already decided".</summary>
    public async Task<Result> DecideAsync(ClaimsPrincipal user, Guid interestId, bool accept, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listingId = await db.ProjectInterests.Where(i => i.Id == interestId).Select(i => (Guid?)i.ListingId).SingleOrDefaultAsync(cancellationToken);
        if (listingId is null) return ProjectsErrors.InterestNotFound;
        var listing = await db.ProjectListings.Include(l => l.Interests).SingleAsync(l => l.Id == listingId, cancellationToken);
        var decided = listing.DecideInterest(memberId.Value, interestId, accept, now);
        if (!decided.IsSuccess) return decided;
        var interest = listing.Interests.Single(i => i.Id == interestId);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Projects, accept ? "projects.interest.accepted" : "projects.interest.declined",
            ListingService.Subject(listing.Id), InterestStatus.Open.ToString(), interest.Status.ToString(), now));
        var saved = await ListingService.SaveAsync(db, cancellationToken);
        if (!saved.IsSuccess) return saved;
        await notifications.NotifyAsync([interest.MemberId], ModuleKey.Projects,
            accept ? "Notification.Projects.InterestAccepted" : "Notification.Projects.InterestDeclined", [listing.TitleUk],
            ProjectsLinks.Interest(interestId), cancellationToken);
        return Result.Success();
    }

    /// <summary>The interests in the author's listings, open ones first.</summary>
    public async Task<IReadOnlyList<(Interest Interest, string ListingTitleUk, string ListingTitleEn)>> ReceivedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from interest in db.ProjectInterests.AsNoTracking()
                          join listing in db.ProjectListings on interest.ListingId equals listing.Id
                          where listing.AuthorId == memberId
                          select new { interest, listing.TitleUk, listing.TitleEn }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.interest.Status).ThenByDescending(r => r.interest.CreatedAt)
            .Select(r => (r.interest, r.TitleUk, r.TitleEn)).ToList();
    }

    /// <summary>Follows or stops following; returns whether the member now follows.</summary>
    public async Task<Result<bool>> ToggleFollowAsync(ClaimsPrincipal user, Guid listingId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ProjectListings.AnyAsync(l => l.Id == listingId && l.Status == ListingStatus.Published, cancellationToken)) return ProjectsErrors.NotPublished;
        var follow = await db.ProjectFollows.SingleOrDefaultAsync(f => f.ListingId == listingId && f.MemberId == memberId, cancellationToken);
        if (follow is null) db.ProjectFollows.Add(new ListingFollow(listingId, memberId.Value, clock.GetUtcNow()));
        else db.ProjectFollows.Remove(follow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Already following from another tab: the state the member asked for holds.
        }
        return follow is null;
    }

    public async Task<Result> EndorseAsync(ClaimsPrincipal user, Guid listingId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listing = await db.ProjectListings.Include(l => l.Endorsements).SingleOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null) return ProjectsErrors.ListingNotFound;
        var organisationId = await db.Users.Where(u => u.Id == memberId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        var endorsed = listing.Endorse(organisationId, memberId.Value, now);
        if (!endorsed.IsSuccess) return endorsed;
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Projects, "projects.listing.endorsed", ListingService.Subject(listingId), null, organisationId.ToString(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ProjectsErrors.EndorsedTwice;
        }
        await listings.NotifyFollowersAsync(db, listing, memberId.Value, "Notification.Projects.Endorsed", cancellationToken);
        return Result.Success();
    }
}
