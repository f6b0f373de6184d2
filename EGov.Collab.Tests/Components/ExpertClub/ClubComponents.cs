using Bunit;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Components.ExpertClub;

/// <summary>A bUnit context with what the club's components inject, and message views to render.</summary>
internal static class ClubComponents
{
    public static readonly Guid Expert1 = Guid.CreateVersion7();
    public static readonly Guid Expert2 = Guid.CreateVersion7();
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static BunitContext Create()
    {
        var ctx = ComponentContext.Create();
        ctx.Services.AddSingleton<DocumentMessages>();
        ctx.Services.AddSingleton<ClubText>();
        ctx.RenderPopoverProvider();
        return ctx;
    }

    public static MessageView View(long number, Guid author, string text, string? hiddenReason = null, DateTimeOffset? editedAt = null, bool deleted = false) =>
        new(Guid.CreateVersion7(), number, author, author == Expert1 ? "Наталія Ткаченко" : "Богдан Олійник", null, null,
            text, deleted ? "" : SafeHtml.FromMarkdown(text), At.AddMinutes(number), editedAt, deleted, hiddenReason, [], []);
}
