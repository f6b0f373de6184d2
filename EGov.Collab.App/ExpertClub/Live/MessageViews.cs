using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub.Live;

/// <summary>Turns stored messages into <see cref="MessageView"/>s: author names, reply excerpts, reactions, safe HTML.</summary>
internal static class MessageViews
{
    public const int ExcerptLength = 80;

    public static async Task<IReadOnlyList<MessageView>> BuildAsync(CollabDbContext db, IReadOnlyList<Message> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return [];
        var ids = messages.Select(m => m.Id).ToList();
        var parentIds = messages.Where(m => m.ParentId != null).Select(m => m.ParentId!.Value).Distinct().ToList();
        var parents = parentIds.Count == 0 ? [] : await db.ClubMessages.AsNoTracking().Where(m => parentIds.Contains(m.Id)).ToListAsync(cancellationToken);
        var authorIds = messages.Select(m => m.AuthorId).Concat(parents.Select(p => p.AuthorId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var reactions = await db.ClubReactions.AsNoTracking().Where(r => ids.Contains(r.MessageId)).ToListAsync(cancellationToken);
        var byMessage = reactions.ToLookup(r => r.MessageId);
        var parentById = parents.ToDictionary(p => p.Id);
        var files = await AttachmentsAsync(db, messages.Where(m => !m.IsDeleted).Select(m => m.Id).ToList(), cancellationToken);
        return messages.Select(m => View(m, names, m.ParentId is { } p && parentById.TryGetValue(p, out var parent) ? parent : null, byMessage[m.Id], files[m.Id])).ToList();
    }

    /// <summary>The files under the messages, in their order; a deleted message shows none.</summary>
    private static async Task<ILookup<Guid, AttachmentView>> AttachmentsAsync(CollabDbContext db, List<Guid> messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0) return Array.Empty<(Guid, AttachmentView)>().ToLookup(x => x.Item1, x => x.Item2);
        var rows = await (
            from attachment in db.ClubMessageAttachments.AsNoTracking()
            join file in db.StoredFiles on attachment.DocumentId equals file.Id
            where messageIds.Contains(attachment.MessageId)
            orderby attachment.Position
            select new { attachment.MessageId, attachment.Id, attachment.FileName, file.Kind, file.Length }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.MessageId, r => new AttachmentView(r.Id, r.FileName, r.Kind, r.Length));
    }

    private static MessageView View(Message message, Dictionary<Guid, string> names, Message? parent, IEnumerable<MessageReaction> reactions, IEnumerable<AttachmentView> files)
    {
        string? excerpt = null;
        if (parent is not null)
        {
            var text = parent.IsDeleted || parent.IsHidden ? "…" : SafeHtml.ToPlainText(SafeHtml.FromMarkdown(parent.Text));
            excerpt = $"{names.GetValueOrDefault(parent.AuthorId, "?")}: {(text.Length > ExcerptLength ? text[..ExcerptLength] + "…" : text)}";
        }
        var counts = reactions.GroupBy(r => r.Emoji)
            .OrderBy(g => Reactions.Allowed.ToList().IndexOf(g.Key))
            .Select(g => new ReactionCount(g.Key, g.Count(), g.Select(r => r.MemberId).ToHashSet()))
            .ToList();
        return new MessageView(
            message.Id, message.Number, message.AuthorId, names.GetValueOrDefault(message.AuthorId, "?"), message.ParentId, excerpt,
            message.Text, message.IsDeleted ? "" : SafeHtml.FromMarkdown(message.Text),
            message.PostedAt, message.EditedAt, message.IsDeleted, message.HiddenReason, counts, message.IsDeleted ? [] : files.ToList());
    }

    public static async Task<PollView> PollAsync(CollabDbContext db, Poll poll, CancellationToken cancellationToken)
    {
        var votes = await db.ClubPollVotes.AsNoTracking().Where(v => v.PollId == poll.Id).ToListAsync(cancellationToken);
        var ballots = votes.GroupBy(v => v.MemberId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(v => v.OptionId).ToHashSet());
        return new PollView(poll.Id, poll.Question, poll.AllowsMultiple, poll.ClosesAt, poll.Tally(votes), ballots);
    }
}
