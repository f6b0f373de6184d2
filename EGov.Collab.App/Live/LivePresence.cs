using EGov.Collab.Domain.Common;
using System.Collections.Concurrent;

namespace EGov.Collab.App.Live;

/// <summary>
/// Who is in a live room (a draft, a topic, a jury dashboard), where in it, and whether they are typing.
/// A circuit joins with <see cref="Join"/> (through <see cref="PresenceCircuit"/>, which leaves when the tab's connection
/// goes), keeps the handle, moves and types through it, and disposes it on leaving. Every change is published on
/// <see cref="TopicOf"/> as a droppable <see cref="PresenceChanged"/>, so subscribers re-read <see cref="In"/>.
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
        var now = clock.GetUtcNow();
        var entry = new PresenceEntry(Guid.NewGuid().ToString("N"), memberId, name, ColourOf(memberId), null, null, now) { MovedAt = now };
        Enter(room, entry);
        return new PresenceHandle(this, room, entry);
    }

    /// <summary>
    /// Everyone in the room, one entry per person however many tabs they have, oldest first: the person's earliest
    /// arrival, the place their most recently active tab is at, typing if any tab types.
    /// </summary>
    public IReadOnlyList<PresenceEntry> In(string room)
    {
        if (!_rooms.TryGetValue(room, out var sessions)) return [];
        var now = clock.GetUtcNow();
        return sessions.Values
            .GroupBy(entry => entry.MemberId)
            .Select(person =>
            {
                var latest = person.OrderByDescending(entry => entry.MovedAt).ThenBy(entry => entry.SessionId, StringComparer.Ordinal).First();
                var typingUntil = person.Max(entry => entry.TypingUntil);
                return latest with
                {
                    Since = person.Min(entry => entry.Since),
                    TypingUntil = typingUntil is { } until && until > now ? until : null,
                };
            })
            .OrderBy(entry => entry.Since).ThenBy(entry => entry.MemberId)
            .ToList();
    }

    /// <summary>How many sessions (tabs) are in the room, for tests and metrics.</summary>
    public int SessionsIn(string room) => _rooms.TryGetValue(room, out var sessions) ? sessions.Count : 0;

    internal void Enter(string room, PresenceEntry entry)
    {
        _rooms.GetOrAdd(room, _ => new(StringComparer.Ordinal))[entry.SessionId] = entry;
        Changed(room);
    }

    internal void Update(string room, string sessionId, Func<PresenceEntry, PresenceEntry> change)
    {
        if (!_rooms.TryGetValue(room, out var sessions) || !sessions.TryGetValue(sessionId, out var entry)) return;
        sessions[sessionId] = change(entry);
        Changed(room);
    }

    internal void Typing(string room, string sessionId)
    {
        var now = clock.GetUtcNow();
        Update(room, sessionId, entry => entry with { TypingUntil = now + TypingLasts, MovedAt = now });
        // Tell everyone again when the indicator lapses, so it disappears without anyone else acting.
        ITimer? timer = null;
        timer = clock.CreateTimer(_ => { timer?.Dispose(); Changed(room); }, null, TypingLasts + TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
    }

    /// <summary>Takes the session out of the room; returns its last entry, or null when it was not there.</summary>
    internal PresenceEntry? Leave(string room, string sessionId)
    {
        if (!_rooms.TryGetValue(room, out var sessions) || !sessions.TryRemove(sessionId, out var entry)) return null;
        if (sessions.IsEmpty) _rooms.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, PresenceEntry>>(room, sessions));
        Changed(room);
        return entry;
    }

    internal DateTimeOffset Now => clock.GetUtcNow();

    private void Changed(string room) => _ = bus.PublishAsync(TopicOf(room), new PresenceChanged(room));
}

/// <summary>Someone came, went, moved or typed in <see cref="Room"/>; re-read <see cref="LivePresence.In"/>.</summary>
public sealed record PresenceChanged(string Room) : IDroppableLiveMessage;

/// <summary>One person's place in a room. <see cref="Location"/> is the room's own notion: a provision id, a message id.</summary>
public sealed record PresenceEntry(
    string SessionId, Guid MemberId, string Name, string Colour, string? Location, DateTimeOffset? TypingUntil, DateTimeOffset Since)
{
    /// <summary>When this session last moved or typed (the person's place is that of their most recently active tab).</summary>
    public DateTimeOffset MovedAt { get; init; }

    public bool IsTyping => TypingUntil is not null;

    public string Initials => MemberProfile.Initials(Name);
}

/// <summary>Returned by <see cref="LivePresence.Join"/>; dispose it when the circuit leaves the room.</summary>
public sealed class PresenceHandle : IDisposable
{
    private readonly LivePresence _presence;
    private readonly string _room;
    private readonly Lock _gate = new();
    private PresenceEntry _entry;
    private bool _away;
    private bool _disposed;

    internal PresenceHandle(LivePresence presence, string room, PresenceEntry entry)
    {
        _presence = presence;
        _room = room;
        _entry = entry;
    }

    public string SessionId => _entry.SessionId;

    public Guid MemberId => _entry.MemberId;

    public bool IsDisposed
    {
        get { lock (_gate) return _disposed; }
    }

    /// <summary>Where the session is now (and, optionally, what it has selected, in the room's own terms).</summary>
    public void MoveTo(string? location)
    {
        var now = _presence.Now;
        _presence.Update(_room, SessionId, entry => entry with { Location = location, MovedAt = now });
    }

    public void Typing() => _presence.Typing(_room, SessionId);

    /// <summary>The tab's connection went: out of the list now, back in <see cref="Return"/> if it reconnects.</summary>
    public void Away()
    {
        lock (_gate)
        {
            if (_disposed || _away) return;
            _away = true;
            _entry = _presence.Leave(_room, SessionId) ?? _entry;
        }
    }

    /// <summary>The tab reconnected: back where it was.</summary>
    public void Return()
    {
        lock (_gate)
        {
            if (_disposed || !_away) return;
            _away = false;
            _presence.Enter(_room, _entry with { TypingUntil = null });
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            if (!_away) _presence.Leave(_room, SessionId);
        }
    }
}
