using EGov.Collab.App.Shell;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Data.Common;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Security;

/// <summary>
/// One member may hold <see cref="CircuitLimits.MaxCircuitsPerMember"/> live tabs; the next tab gets no circuit (the
/// portal's error bar offers a reload), and closing a tab frees its place at once.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CircuitCapBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task OneMember_PastTheTabCap_TheNextTabGetsNoCircuit_AndClosingATabFreesAPlace()
    {
        var (email, memberId) = await NewMemberAsync();
        var counter = browser.Services.GetRequiredService<MemberCircuitCounter>();
        await using var context = await browser.NewContextAsync("en-US");
        var first = await PortalBrowser.SignInAsync(context, email);
        await PortalBrowser.WaitForCircuitAsync(first);
        var tabs = new List<IPage> { first };
        while (tabs.Count < CircuitLimits.MaxCircuitsPerMember)
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync("/");
            await PortalBrowser.WaitForCircuitAsync(tab);
            tabs.Add(tab);
        }

        var refused = await context.NewPageAsync();
        await refused.GotoAsync("/");
        await Assertions.Expect(refused.Locator("#blazor-error-ui")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        Assert.Equal(0, await refused.Locator("#circuit-ready").CountAsync());
        await refused.CloseAsync();

        await tabs[^1].CloseAsync();
        // The server hears the closed socket on its own time: wait for that state, not for a fixed time.
        await Until.TrueAsync(() => counter.OpenFor(memberId) < CircuitLimits.MaxCircuitsPerMember, "the closed tab is uncounted");
        var freed = await context.NewPageAsync();
        await freed.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(freed);
        await Assertions.Expect(freed.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    /// <summary>A member of its own, so tabs other tests left open for a demo account cannot count against the cap.</summary>
    private async Task<(string Email, string MemberId)> NewMemberAsync()
    {
        var email = $"tabs-{Guid.NewGuid():N}@test.egov.ua";
        await using var scope = browser.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Тест Вкладок",
            RegisteredAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(member, DemoData.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return (email, member.Id.ToString());
    }
}
