using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Live;

namespace EGov.Collab.Tests.Components.Drafting;

/// <summary>
/// The editor lists people by member, not by circuit (issue 19: a reconnected reader was listed twice while their
/// old circuit's entry lingered), and never lists the reader themself.
/// </summary>
public sealed class DraftEditorPresenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void APersonWithTwoCircuits_IsListedOnce_TheTypingOneStandingForThem()
    {
        var me = Guid.NewGuid();
        var taras = Guid.NewGuid();
        var iryna = Guid.NewGuid();
        var entries = new[]
        {
            new PresenceEntry("old", taras, "Тарас Кравчук", "#111", "p:1", null, Now.AddMinutes(-5)),
            new PresenceEntry("new", taras, "Тарас Кравчук", "#111", "p:2", Now.AddSeconds(3), Now),
            new PresenceEntry("mine", me, "Ірина Бондаренко", "#222", null, null, Now),
            new PresenceEntry("my-other-tab", me, "Ірина Бондаренко", "#222", null, null, Now),
            new PresenceEntry("x", iryna, "Ірина Кравець", "#333", null, null, Now),
        };

        var others = DraftEditor.Others(entries, me);

        Assert.Equal(["Ірина Кравець", "Тарас Кравчук"], others.Select(p => p.Name));
        Assert.Equal("new", others.Single(p => p.MemberId == taras).SessionId);
    }
}
