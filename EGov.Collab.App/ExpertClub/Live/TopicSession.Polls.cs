using System.Security.Claims;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub.Live;

public sealed partial class TopicSession
{
    public async Task<Result<PollView>> CreatePollAsync(ClaimsPrincipal user, string? question, IReadOnlyList<string?> options, bool allowsMultiple, DateTimeOffset closesAt, CancellationToken cancellationToken = default)
    {
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var (topic, room) = await LoadAsync(db, cancellationToken);
        if (topic is null || room is null) return CommonErrors.NotFound;
        if (viewer.MemberId is not { } memberId || !viewer.CanWrite(room)) return ClubErrors.NotAMember;
        if (topic.IsLocked) return ClubErrors.TopicLocked;
        var created = Poll.Create(TopicId, question, options, allowsMultiple, closesAt, memberId, _hub.Clock.GetUtcNow());
        if (!created.IsSuccess) return created.Error!;
        db.ClubPolls.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        var view = await MessageViews.PollAsync(db, created.Value, cancellationToken);
        await PublishAsync(new PollEvent(TopicId, view));
        return view;
    }

    /// <summary>Casts or replaces the caller's ballot while the poll is open; everyone's results update live.</summary>
    public async Task<Result<PollView>> VoteAsync(ClaimsPrincipal user, Guid pollId, IReadOnlyCollection<Guid> optionIds, CancellationToken cancellationToken = default)
    {
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var (topic, room) = await LoadAsync(db, cancellationToken);
        if (topic is null || room is null) return CommonErrors.NotFound;
        if (viewer.MemberId is not { } memberId || !viewer.CanWrite(room)) return ClubErrors.NotAMember;
        if (topic.IsLocked) return ClubErrors.TopicLocked;
        var poll = await db.ClubPolls.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pollId && p.TopicId == TopicId, cancellationToken);
        if (poll is null) return CommonErrors.NotFound;
        var now = _hub.Clock.GetUtcNow();
        var ballot = poll.CheckBallot(optionIds, now);
        if (!ballot.IsSuccess) return ballot.Error!;
        var previous = await db.ClubPollVotes.Where(v => v.PollId == pollId && v.MemberId == memberId).ToListAsync(cancellationToken);
        db.ClubPollVotes.RemoveRange(previous);
        db.ClubPollVotes.AddRange(ballot.Value.Select(option => PollVote.Create(pollId, memberId, option, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ConcurrentChange;
        }
        var view = await MessageViews.PollAsync(db, poll, cancellationToken);
        await PublishAsync(new PollEvent(TopicId, view));
        return view;
    }
}
