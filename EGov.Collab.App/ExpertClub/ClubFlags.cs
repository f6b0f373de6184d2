using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

public sealed record FlagReason(string MemberName, string Reason, DateTimeOffset At);

/// <summary>A flagged message as the moderation queue shows it: where it is, what it says, and every open report of it.</summary>
public sealed record FlaggedMessage(Guid MessageId, Guid TopicId, string TopicTitle, long Number, string AuthorName, string Excerpt, IReadOnlyList<FlagReason> Reasons)
{
    public DateTimeOffset FirstFlaggedAt => Reasons.Min(r => r.At);
}

/// <summary>
/// Members report a message to the moderators (once each, with why); moderators see the open reports on
/// /expert-club/admin and either hide the message (which closes its reports) or find nothing wrong. Audited.
/// </summary>
public sealed class ClubFlags(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access, TimeProvider clock)
{
    public const string FlaggedAudit = "ExpertClub.Audit.MessageFlagged";
    public const string DismissedAudit = "ExpertClub.Audit.FlagsDismissed";
    private const int ExcerptLength = 300;

    public async Task<Result> FlagAsync(ClaimsPrincipal user, Guid messageId, string? reason, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (viewer.MemberId is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (from m in db.ClubMessages.AsNoTracking()
                           where m.Id == messageId && !m.IsDeleted
                           join t in db.ClubTopics on m.TopicId equals t.Id
                           join r in db.ClubRooms on t.RoomId equals r.Id
                           select new { Message = m, Room = r }).SingleOrDefaultAsync(cancellationToken);
        if (found is null) return CommonErrors.NotFound;
        if (!viewer.CanRead(found.Room)) return CommonErrors.Forbidden;
        if (!viewer.CanWrite(found.Room)) return ClubErrors.NotAMember;
        var now = clock.GetUtcNow();
        var flag = MessageFlag.Raise(messageId, found.Message.TopicId, memberId, reason, now);
        if (!flag.IsSuccess) return flag.Error!;
        if (await db.ClubMessageFlags.AnyAsync(f => f.MessageId == messageId && f.MemberId == memberId, cancellationToken)) return ClubErrors.AlreadyFlagged;
        db.ClubMessageFlags.Add(flag.Value);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.ExpertClub, FlaggedAudit, $"message:{messageId}", null, flag.Value.Reason, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ClubErrors.AlreadyFlagged; // the same member's report a moment ago (unique message and member)
        }
        return Result.Success();
    }

    /// <summary>Messages with open reports, the longest waiting first (moderators only).</summary>
    public async Task<Result<IReadOnlyList<FlaggedMessage>>> QueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await (from f in db.ClubMessageFlags.AsNoTracking()
                          where f.ResolvedAt == null
                          join m in db.ClubMessages on f.MessageId equals m.Id
                          join t in db.ClubTopics on m.TopicId equals t.Id
                          join author in db.Users on m.AuthorId equals author.Id
                          join flagger in db.Users on f.MemberId equals flagger.Id
                          select new { f.MessageId, m.TopicId, t.Title, m.Number, Author = author.FullName, m.Text, Flagger = flagger.FullName, f.Reason, f.FlaggedAt })
            .ToListAsync(cancellationToken);
        return open.GroupBy(f => f.MessageId)
            .Select(g =>
            {
                var first = g.First();
                var text = SafeHtml.ToPlainText(SafeHtml.FromMarkdown(first.Text));
                return new FlaggedMessage(g.Key, first.TopicId, first.Title, first.Number, first.Author,
                    text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…",
                    g.OrderBy(f => f.FlaggedAt).Select(f => new FlagReason(f.Flagger, f.Reason, f.FlaggedAt)).ToList());
            })
            .OrderBy(m => m.FirstFlaggedAt).ToList();
    }

    /// <summary>A moderator finds nothing wrong: the message's open reports close and it stays as it is.</summary>
    public async Task<Result> DismissAsync(ClaimsPrincipal user, Guid messageId, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator || viewer.MemberId is not { } moderatorId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.ClubMessageFlags.Where(f => f.MessageId == messageId && f.ResolvedAt == null).ToListAsync(cancellationToken);
        if (open.Count == 0) return CommonErrors.NotFound;
        var now = clock.GetUtcNow();
        foreach (var flag in open) flag.Resolve(moderatorId, now);
        db.AuditEntries.Add(AuditEntry.Record(moderatorId, ModuleKey.ExpertClub, DismissedAudit, $"message:{messageId}", $"{open.Count}", null, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Closes a message's open reports once a moderator has hidden it.</summary>
    internal static Task ResolveAsync(CollabDbContext db, Guid messageId, Guid moderatorId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ClubMessageFlags.Where(f => f.MessageId == messageId && f.ResolvedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.ResolvedAt, now).SetProperty(f => f.ResolvedById, moderatorId), cancellationToken);
}
