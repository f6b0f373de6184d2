using System.Collections.Concurrent;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

/// <summary>The live vote counts of a nomination, published after every vote or withdrawal.</summary>
public sealed record VoteCounts(Guid NominationId, IReadOnlyDictionary<Guid, int> Counts);

/// <summary>A member's standing in a nomination's vote; <see cref="OwnEntries"/> are theirs or their organisation's (no vote offered).</summary>
public sealed record MyVotes(int Limit, IReadOnlySet<Guid> Entries, bool EmailConfirmed, IReadOnlySet<Guid> OwnEntries);

/// <summary>
/// The public vote. Rules first (phase, confirmed email, limit), then the database's unique (member, entry) index as
/// the last word; a member's own calls are taken one at a time and limited in rate.
/// </summary>
public sealed class PublicVoting(IDbContextFactory<CollabDbContext> dbFactory, ILiveBus bus, TimeProvider clock)
{
    public const int RateLimit = 10;
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan BurstWindow = TimeSpan.FromMinutes(5);
    public const int BurstSize = 5;
    public static readonly TimeSpan FreshAccount = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _memberGates = new();
    private readonly ConcurrentDictionary<Guid, Queue<DateTimeOffset>> _recent = new();

    public static string TopicFor(Guid nominationId) => $"contest.votes.{nominationId:N}";

    public IDisposable Watch(Guid nominationId, Func<VoteCounts, Task> onCounts) =>
        bus.Subscribe(TopicFor(nominationId), message => message is VoteCounts counts ? onCounts(counts) : Task.CompletedTask);

    public async Task<IReadOnlyDictionary<Guid, int>> CountsAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContestVotes.Where(v => v.NominationId == nominationId).GroupBy(v => v.EntryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }

    public async Task<MyVotes> MineAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var limit = await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => n.VotesPerMember).SingleOrDefaultAsync(cancellationToken);
        var memberId = user.MemberId();
        if (memberId is null) return new MyVotes(limit, new HashSet<Guid>(), false, new HashSet<Guid>());
        var voter = await db.Users.Where(u => u.Id == memberId.Value).Select(u => new { u.EmailConfirmed, u.OrganisationId }).SingleOrDefaultAsync(cancellationToken);
        var mine = await db.ContestVotes.Where(v => v.NominationId == nominationId && v.MemberId == memberId.Value).Select(v => v.EntryId).ToListAsync(cancellationToken);
        var entries = await db.ContestEntries.Where(e => e.NominationId == nominationId)
            .Select(e => new { e.Id, e.ApplicantId, e.OrganisationId }).ToListAsync(cancellationToken);
        var own = entries.Where(e => VoteRules.IsOwnEntry(memberId.Value, voter?.OrganisationId, e.ApplicantId, e.OrganisationId)).Select(e => e.Id).ToHashSet();
        return new MyVotes(limit, mine.ToHashSet(), voter?.EmailConfirmed == true, own);
    }

    public async Task<Result> CastAsync(ClaimsPrincipal user, Guid entryId, string? remoteAddress, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        if (!WithinRate(memberId.Value)) return ContestErrors.TooManyRequests;
        var gate = _memberGates.GetOrAdd(memberId.Value, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        Guid nominationId;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
            if (entry is null) return CommonErrors.NotFound;
            nominationId = entry.NominationId;
            var nomination = await db.ContestNominations.AsNoTracking().SingleAsync(n => n.Id == entry.NominationId, cancellationToken);
            var voter = await db.Users.Where(u => u.Id == memberId.Value).Select(u => new { u.EmailConfirmed, u.OrganisationId }).SingleOrDefaultAsync(cancellationToken);
            var own = VoteRules.IsOwnEntry(memberId.Value, voter?.OrganisationId, entry.ApplicantId, entry.OrganisationId);
            var mine = await db.ContestVotes.Where(v => v.NominationId == entry.NominationId && v.MemberId == memberId.Value)
                .Select(v => v.EntryId).ToListAsync(cancellationToken);
            var allowed = VoteRules.CanCast(nomination.Phase, voter?.EmailConfirmed == true, entry.Status == EntryStatus.Eligible, own, mine.Contains(entryId), mine.Count, nomination.VotesPerMember);
            if (!allowed.IsSuccess) return allowed;
            var now = clock.GetUtcNow();
            db.ContestVotes.Add(PublicVote.Cast(entry.NominationId, entryId, memberId.Value, remoteAddress, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node (or a request that slipped past this node's gate) stored it first: the unique index decided.
                return ContestErrors.AlreadyVoted;
            }
        }
        finally
        {
            gate.Release();
        }
        await PublishAsync(nominationId, cancellationToken);
        return Result.Success();
    }

    public async Task<Result> WithdrawAsync(ClaimsPrincipal user, Guid entryId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        if (!WithinRate(memberId.Value)) return ContestErrors.TooManyRequests;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null) return CommonErrors.NotFound;
        var phase = await db.ContestNominations.Where(n => n.Id == entry.NominationId).Select(n => n.Phase).SingleAsync(cancellationToken);
        var vote = await db.ContestVotes.SingleOrDefaultAsync(v => v.EntryId == entryId && v.MemberId == memberId.Value, cancellationToken);
        var allowed = VoteRules.CanWithdraw(phase, vote is not null);
        if (!allowed.IsSuccess) return allowed;
        db.ContestVotes.Remove(vote!);
        await db.SaveChangesAsync(cancellationToken);
        await PublishAsync(entry.NominationId, cancellationToken);
        return Result.Success();
    }

    /// <summary>For administrators: bursts from one network and votes from fresh accounts in a nomination.</summary>
    public async Task<IReadOnlyList<VoteAnomaly>> AnomaliesAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var facts = await (from v in db.ContestVotes.AsNoTracking()
                           where v.NominationId == nominationId
                           join m in db.Users on v.MemberId equals m.Id
                           select new VoteFact(v.Id, v.EntryId, v.MemberId, v.CastAt, v.RemoteAddress, m.RegisteredAt)).ToListAsync(cancellationToken);
        return VoteAnomalies.Find(facts, BurstWindow, BurstSize, FreshAccount);
    }

    private async Task PublishAsync(Guid nominationId, CancellationToken cancellationToken) =>
        await bus.PublishAsync(TopicFor(nominationId), new VoteCounts(nominationId, await CountsAsync(nominationId, cancellationToken)));

    private bool WithinRate(Guid memberId)
    {
        var now = clock.GetUtcNow();
        var queue = _recent.GetOrAdd(memberId, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() > RateWindow) queue.Dequeue();
            if (queue.Count >= RateLimit) return false;
            queue.Enqueue(now);
            return true;
        }
    }
}
