using EGov.Collab.Domain.Common;
using System.Collections.Concurrent;

namespace EGov.Collab.App.Live;

/// <summary>
/// Who is in a live room (a draft, a topic, a jury dashboard), where in it, and whether they are typing.
/// A circuit joins with <see cref="Join"/>, keeps the handle, moves and types through it, and disposes it on leaving.
/// Every change is published on <see cref="TopicOf"/> with the room's name, so subscribers re-read <see cref="In"/>.
/// </summary>
public sealed class LivePresence(ILiveBus bus, TimeProvider clock)
{
    /// <summary>How long "is typing" lasts after the last keystroke.</summary>
    public static readonly TimeSpan TypingLasts = TimeSpan.FromSeconds(4);

    // Distinct hues that keep 4.5:1 contrast for white initials, so a remote cursor label stays readable.
    private static readonly string[] Palette =
        ["#1565C0", "#AD1457", "#2E7D32", "#6A1B9A", "#C62828", "#00695C", "#4527A0", "#8D4E00", "#283593", "#37474F"];

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, PresenceEntry>> _rooms = new(StringComparer.Ordinal);

    public static string TopicOf(string room) => $"presence:{room}";

    /// <summary>A member's colour, the same in every room and on every screen.</summary>
    public static string ColourOf(Guid memberId) => Palette[(int)(Math.Abs((long)memberId.GetHashCode()) % Palette.Length)];

    public PresenceHandle Join(string room, Guid memberId, string name)
    {
        var entry = new PresenceEntry(Guid.NewGuid().ToString("N"), memberId, name, ColourOf(memberId), null, null, clock.GetUtcNow());
        _rooms.GetOrAdd(room, _ => new(StringComparer.Ordinal))[entry.SessionId] = entry;
        Changed(room);
        return new PresenceHandle(this, room, entry.SessionId);
    }

    /// <summary>Everyone in the room, one entry per session (a member with two tabs is there twice), oldest first.</summary>
    public IReadOnlyList<PresenceEntry> In(string room)
    {
        if (!_rooms.TryGetValue(room, out var sessions)) return [];
        var now = clock.GetUtcNow();
        return sessions.Values
            .Select(entry => entry.TypingUntil is { } until && until <= now ? entry with { TypingUntil = null } : entry)
            .OrderBy(entry => entry.Since).ThenBy(entry => entry.SessionId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The distinct members in the room, for "who is here" lists.</summary>
    public IReadOnlyList<PresenceEntry> MembersIn(string room) =>
        In(room).GroupBy(entry => entry.MemberId).Select(group => group.First()).ToList();

    internal void Update(string room, string sessionId, Func<PresenceEntry, PresenceEntry> change)
    {
        if (!_rooms.TryGetValue(room, out var sessions) || !sessions.TryGetValue(sessionId, out var entry)) return;
        sessions[sessionId] = change(entry);
        Changed(room);
    }

    internal void Typing(string room, string sessionId)
    {
        Update(room, sessionId, entry => entry with { TypingUntil = clock.GetUtcNow() + TypingLasts });
        // Tell everyone again when the indicator lapses, so it disappears without anyone else acting.
        ITimer? timer = null;
        timer = clock.CreateTimer(_ => { timer?.Dispose(); Changed(room); }, null, TypingLasts + TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
    }

    internal void Leave(string room, string sessionId)
    {
        if (!_rooms.TryGetValue(room, out var sessions) || !sessions.TryRemove(sessionId, out _)) return;
        if (sessions.IsEmpty) _rooms.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, PresenceEntry>>(room, sessions));
        Changed(room);
    }

    private void Changed(string room) => _ = bus.PublishAsync(TopicOf(room), room);
}

/// <summary>One session's place in a room. <see cref="Location"/> is the room's own notion: a provision id, a message id.</summary>
public sealed record PresenceEntry(
    string SessionId, Guid MemberId, string Name, string Colour, string? Location, DateTimeOffset? TypingUntil, DateTimeOffset Since)
{
    public bool IsTyping => TypingUntil is not null;

    public string Initials => MemberProfile.Initials(Name);
}

/// <summary>Returned by <see cref="LivePresence.Join"/>; dispose it when the circuit leaves the room.</summary>
public sealed class PresenceHandle(LivePresence presence, string room, string sessionId) : IDisposable
{
    private int _disposed;

    public string SessionId => sessionId;

    /// <summary>Where the session is now (and, optionally, what it has selected, in the room's own terms).</summary>
    public void MoveTo(string? location) => presence.Update(room, sessionId, entry => entry with { Location = location });

    public void Typing() => presence.Typing(room, sessionId);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) presence.Leave(room, sessionId);
    }
}
