using System.Net;
using EGov.Collab.App.Account;
using EGov.Collab.App.Common;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Account;

/// <summary>Findings 3 of the outside test: lockout as a weapon against signed-in members, and password guessing per address.</summary>
[Collection(SharedPortal.Name)]
public sealed class SignInAbuseTests(PortalFactory portal)
{
    [Fact]
    public async Task Lockout_ByAnAttackersWrongPasswords_StopsNewSignIns_ButLeavesTheOwnersSessionItsRights()
    {
        var owner = await portal.CreateMemberAsync();
        var principal = PortalForms.PrincipalOf(owner.Id);
        var groupId = (await portal.Services.GetRequiredService<WorkingGroups>().CreateAsync(principal, "Група " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;
        var draftId = (await portal.Services.GetRequiredService<Drafts>().CreateAsync(principal, groupId, DraftKind.Law, "Проєкт власника", DraftSource.Template, null)).Value;
        using var attacker = AddressedClient("198.51.100." + Random.Shared.Next(1, 250));

        for (var i = 0; i < AccountModule.MaxFailedSignIns; i++) await attacker.SignInAsync(owner.Email!, "a-wrong-guess-" + i);
        using var refused = await attacker.SignInAsync(owner.Email!, "a-long-test-passphrase");

        Assert.Equal("/Account/Lockout", refused.RedirectPath());
        Assert.True(await portal.Services.GetRequiredService<IDraftAccess>().CanEditAsync(principal, draftId));
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            await db.Users.Where(u => u.Id == owner.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.LockoutEnd, AccountLock.ByAdministrator));
        }
        Assert.False(await portal.Services.GetRequiredService<IDraftAccess>().CanEditAsync(principal, draftId));
    }

    [Fact]
    public async Task SignIn_ManyFailuresFromOneAddress_RefusesThatAddress_EvenWithTheRightPassword_NotOthers()
    {
        var member = await portal.CreateMemberAsync();
        var prefix = "203.0.113.";
        var octet = Random.Shared.Next(1, 125);
        using var guesser = AddressedClient(prefix + octet);
        using var neighbour = AddressedClient(prefix + (octet + 125));

        for (var i = 0; i < SignInAddressThrottle.Limit; i++)
        {
            using var failed = await guesser.SignInAsync($"nobody-{Guid.NewGuid():N}@example.org", "some-guess");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        using var refused = await guesser.SignInAsync(member.Email!, "a-long-test-passphrase");
        using var allowed = await neighbour.SignInAsync(member.Email!, "a-long-test-passphrase");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    // A cookie-keeping client whose requests come from the given address, as Kestrel would report it.
    private HttpClient AddressedClient(string address)
    {
        var handler = portal.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(address));
        return new HttpClient(new CookieContainerHandler { InnerHandler = handler }) { BaseAddress = portal.Server.BaseAddress };
    }
}
