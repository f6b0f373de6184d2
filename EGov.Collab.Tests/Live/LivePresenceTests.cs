using EGov.Collab.App.Live;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Live;

public sealed class LivePresenceTests
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly CountingLiveBus _bus = new();

    [Fact]
    public void Join_Move_Leave_AreSeenAndPublished()
    {
        var presence = new LivePresence(_bus, _clock);
        var member = Guid.NewGuid();

        using (var handle = presence.Join("draft:1", member, "Ірина Бондаренко"))
        {
            handle.MoveTo("provision:7");
            var entry = Assert.Single(presence.In("draft:1"));
            Assert.Equal(("provision:7", "ІБ", LivePresence.ColourOf(member)), (entry.Location, entry.Initials, entry.Colour));
        }

        Assert.Empty(presence.In("draft:1"));
        Assert.Equal(3, _bus.Count(LivePresence.TopicOf("draft:1")));
    }

    [Fact]
    public void TwoTabsOfOneMember_AreTwoSessions_OneMember()
    {
        var presence = new LivePresence(_bus, _clock);
        var member = Guid.NewGuid();
        using var first = presence.Join("topic:1", member, "Наталія Ткаченко");
        using var second = presence.Join("topic:1", member, "Наталія Ткаченко");
        using var other = presence.Join("topic:1", Guid.NewGuid(), "Богдан Олійник");

        Assert.Equal(3, presence.In("topic:1").Count);
        Assert.Equal(2, presence.MembersIn("topic:1").Count);
        Assert.Empty(presence.In("topic:2"));
    }

    [Fact]
    public void Typing_LapsesAfterItsTime()
    {
        var presence = new LivePresence(_bus, _clock);
        using var handle = presence.Join("topic:1", Guid.NewGuid(), "Наталія Ткаченко");

        handle.Typing();
        Assert.True(Assert.Single(presence.In("topic:1")).IsTyping);

        _clock.Advance(LivePresence.TypingLasts);
        Assert.False(Assert.Single(presence.In("topic:1")).IsTyping);
    }

    [Fact]
    public void DisposingTwice_LeavesOnce()
    {
        var presence = new LivePresence(_bus, _clock);
        var handle = presence.Join("room", Guid.NewGuid(), "А Б");
        handle.Dispose();
        handle.Dispose();
        Assert.Equal(2, _bus.Count(LivePresence.TopicOf("room")));
    }
}
