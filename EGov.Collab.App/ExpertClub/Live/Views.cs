using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.App.ExpertClub.Live;

/// <summary>
/// A message as every viewer receives it. <see cref="Html"/> is rendered once by the session (SafeHtml), not per circuit.
/// Whether a hidden message's text shows is decided per viewer by the component (its author and moderators see it).
/// </summary>
public sealed record MessageView(
    Guid Id,
    long Number,
    Guid AuthorId,
    string AuthorName,
    Guid? ParentId,
    string? ParentExcerpt,
    string Text,
    string Html,
    DateTimeOffset PostedAt,
    DateTimeOffset? EditedAt,
    bool IsDeleted,
    string? HiddenReason,
    IReadOnlyList<ReactionCount> Reactions,
    IReadOnlyList<AttachmentView> Attachments)
{
    public bool IsHidden => HiddenReason is not null;

    public bool IsEdited => EditedAt is not null && !IsDeleted;
}

/// <summary>A file under a message: served from <see cref="ClubLinks.Attachment"/> to whoever may read the message.</summary>
public sealed record AttachmentView(Guid Id, string FileName, DocumentKind Kind, long Length);

public sealed record ReactionCount(string Emoji, int Count, IReadOnlySet<Guid> Members);

/// <summary>A poll with its current tally and a viewer-neutral list of ballots (each circuit picks its own).</summary>
public sealed record PollView(
    Guid Id,
    string Question,
    bool AllowsMultiple,
    DateTimeOffset ClosesAt,
    PollTally Tally,
    IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> Ballots)
{
    public IReadOnlySet<Guid> BallotOf(Guid? memberId) =>
        memberId is { } id && Ballots.TryGetValue(id, out var ballot) ? ballot : new HashSet<Guid>();
}

/// <summary>A page of a topic's messages, oldest first; <see cref="HasEarlier"/> when more lie before the first.</summary>
public sealed record MessagePage(IReadOnlyList<MessageView> Messages, bool HasEarlier);
