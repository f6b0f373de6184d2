namespace EGov.Collab.App.ExpertClub.Live;

/// <summary>What a topic session publishes to its subscribers.</summary>
public abstract record TopicEvent(Guid TopicId);

/// <summary>A message was posted (<see cref="IsNew"/>) or changed: edited, deleted, hidden, reacted to.</summary>
public sealed record MessageEvent(Guid TopicId, MessageView Message, bool IsNew) : TopicEvent(TopicId);

/// <summary>A poll was created or its results changed.</summary>
public sealed record PollEvent(Guid TopicId, PollView Poll) : TopicEvent(TopicId);

/// <summary>The topic was locked, unlocked, pinned or unpinned.</summary>
public sealed record TopicStateEvent(Guid TopicId, bool IsLocked, bool IsPinned) : TopicEvent(TopicId);
