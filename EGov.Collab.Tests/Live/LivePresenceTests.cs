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
    public void TwoTabsOfOneMember_AreOnePerson_AtTheLatestTabsPlace_TypingIfEitherTypes()
    {
        var presence = new LivePresence(_bus, _clock);
        var member = Guid.NewGuid();
        using var first = presence.Join("topic:1", member, "Наталія Ткаченко");
        _clock.Advance(TimeSpan.FromSeconds(1));
        using var other = presence.Join("topic:1", Guid.NewGuid(), "Богдан Олійник");
        using var second = presence.Join("topic:1", member, "Наталія Ткаченко");
        first.MoveTo("m1");
        first.Typing();
        _clock.Advance(TimeSpan.FromSeconds(1));
        second.MoveTo("m2");

        var people = presence.In("topic:1");

        Assert.Equal(["Наталія Ткаченко", "Богдан Олійник"], people.Select(p => p.Name));
        Assert.Equal(("m2", true), (people[0].Location, people[0].IsTyping));
        Assert.Equal(3, presence.SessionsIn("topic:1"));
        Assert.Empty(presence.In("topic:2"));
    }

    [Fact]
    public void ClosingOneOfTwoTabs_KeepsThePerson_ClosingTheLast_RemovesThem()
    {
        var presence = new LivePresence(_bus, _clock);
        var member = Guid.NewGuid();
        var first = presence.Join("topic:1", member, "Наталія Ткаченко");
        var second = presence.Join("topic:1", member, "Наталія Ткаченко");

        first.Dispose();
        Assert.Single(presence.In("topic:1"));
        second.Dispose();
        Assert.Empty(presence.In("topic:1"));
    }

    [Fact]
    public void CircuitConnectionDown_TakesItsTabsOut_Up_PutsThemBackWhereTheyWere()
    {
        var presence = new LivePresence(_bus, _clock);
        var tab = new PresenceCircuit(presence);
        var otherTab = new PresenceCircuit(presence);
        var member = Guid.NewGuid();
        using var here = tab.Join("topic:1", member, "Наталія Ткаченко");
        using var there = tab.Join("draft:1", member, "Наталія Ткаченко");
        using var someoneElse = otherTab.Join("topic:1", Guid.NewGuid(), "Богдан Олійник");
        here.MoveTo("m7");

        tab.ConnectionDown();
        Assert.Equal(["Богдан Олійник"], presence.In("topic:1").Select(p => p.Name));
        Assert.Empty(presence.In("draft:1"));

        tab.ConnectionUp();
        Assert.Equal("m7", presence.In("topic:1").Single(p => p.MemberId == member).Location);
        Assert.Single(presence.In("draft:1"));
    }

    [Fact]
    public void DisposingWhileAway_StaysOut_AndReconnectDoesNotBringItBack()
    {
        var presence = new LivePresence(_bus, _clock);
        var tab = new PresenceCircuit(presence);
        var handle = tab.Join("topic:1", Guid.NewGuid(), "Наталія Ткаченко");

        tab.ConnectionDown();
        handle.Dispose();
        tab.ConnectionUp();

        Assert.Empty(presence.In("topic:1"));
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
