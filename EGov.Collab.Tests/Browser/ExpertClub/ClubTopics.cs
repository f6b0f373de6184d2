using EGov.Collab.Data;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.ExpertClub;

/// <summary>Topics for the club's live browser tests: one of the test's own, and a member's page open on it.</summary>
internal static class ClubTopics
{
    public const string Expert1 = "expert1@demo.egov.ua";
    public const string Expert2 = "expert2@demo.egov.ua";

    /// <summary>A public topic in a room of its own, started by expert1, so no other test's readers are present in it.</summary>
    public static async Task<Guid> FreshAsync(PortalBrowser browser, string title)
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var creator = await db.Users.Where(u => u.Email == Expert1).Select(u => u.Id).SingleAsync();
        var room = Room.Create($"Кімната {Guid.NewGuid():N}", null, false, creator, DateTimeOffset.UtcNow).Value;
        var topic = Topic.Create(room.Id, $"{title} {Guid.NewGuid():N}"[..24], creator, DateTimeOffset.UtcNow).Value;
        db.ClubRooms.Add(room);
        db.ClubTopics.Add(topic);
        await db.SaveChangesAsync();
        return topic.Id;
    }

    /// <summary>The password of the members <see cref="NewMemberAsync"/> registers.</summary>
    public const string MemberPassword = "a-long-test-passphrase";

    /// <summary>
    /// A confirmed member approved into the club, registered for one test: a rate limit of its own, whatever other tests
    /// posted. Their email (sign in with <see cref="MemberPassword"/>).
    /// </summary>
    public static async Task<string> NewMemberAsync(PortalBrowser browser)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<EGov.Collab.Data.Common.Member>>();
        var email = $"club-{Guid.NewGuid():N}@example.org";
        var member = new EGov.Collab.Data.Common.Member { UserName = email, Email = email, EmailConfirmed = true, FullName = "Тестовий Експерт", RegisteredAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(member, MemberPassword)).Succeeded);
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var row = ClubMember.Apply(member.Id, "тестування", null, null, DateTimeOffset.UtcNow).Value;
        row.Approve(member.Id, DateTimeOffset.UtcNow);
        db.ClubMembers.Add(row);
        await db.SaveChangesAsync();
        return email;
    }

    /// <summary>Signs <paramref name="email"/> in within <paramref name="context"/> and opens the topic, its circuit up.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, Guid topic, string email)
    {
        var page = await PortalBrowser.SignInAsync(context, email);
        await page.GotoAsync($"/expert-club/topics/{topic}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=topic-title]")).ToBeVisibleAsync();
        return page;
    }
}
