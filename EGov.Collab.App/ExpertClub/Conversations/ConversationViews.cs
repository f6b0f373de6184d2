namespace EGov.Collab.App.ExpertClub.Conversations;

/// <summary>One line of the inbox: the other member, when the last message came, its start, and whether it is unread.</summary>
public sealed record ConversationSummary(Guid Id, Guid OtherId, string OtherName, DateTimeOffset LastMessageAt, string Excerpt, bool Unread);

/// <summary>A private message as both members see it; <see cref="Html"/> is the Markdown made safe once.</summary>
public sealed record DirectMessageView(Guid Id, Guid AuthorId, string AuthorName, string Html, DateTimeOffset SentAt);

/// <summary>A conversation opened by one of its two members; <see cref="Id"/> is null until the first message is sent.</summary>
public sealed record ConversationView(Guid? Id, Guid OtherId, string OtherName, IReadOnlyList<DirectMessageView> Messages);

/// <summary>What <see cref="ClubConversations.SendAsync"/> answers: the conversation (new or not) and the message.</summary>
public sealed record SentDirectMessage(Guid ConversationId, DirectMessageView Message);

/// <summary>Published on <see cref="ClubConversations.LiveTopicOf"/> when a message is sent, for the open conversation pages.</summary>
public sealed record DirectMessageEvent(Guid ConversationId, DirectMessageView Message);
