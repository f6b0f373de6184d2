using EGov.Collab.App.Account;
using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using EGov.Collab.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>The Low findings that are limits on a service: newsletter sign-ups per address, and the deletion password.</summary>
[Collection(SharedPortal.Name)]
public sealed class LowFindingsTests(PortalFactory portal)
{
    [Fact]
    public async Task Subscribe_TheSameAddressAgainAndAgain_IsRefusedPastTheLimit()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        await using var scope = portal.Services.CreateAsyncScope();
        var subscriptions = scope.ServiceProvider.GetRequiredService<SubscriptionService>();

        // The first sign-up mails a confirmation; asking again re-sends it (or says it is pending): either way a mail.
        for (var i = 0; i < SubscribeThrottle.Limit; i++)
            Assert.NotEqual(SubscribeThrottle.TooMany, (await subscriptions.SubscribeAsync(email, SubscriberAudience.Public, "uk", null)).Error);

        Assert.Equal(SubscribeThrottle.TooMany, (await subscriptions.SubscribeAsync(email, SubscriberAudience.Public, "uk", null)).Error);
    }

    [Fact]
    public async Task DeletePersonalData_GuessingThePassword_LocksOut_EvenTheRightPasswordThen()
    {
        var created = await portal.CreateMemberAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var personalData = scope.ServiceProvider.GetRequiredService<PersonalData>();
        // As the page does: the member loaded in the request's own scope.
        var member = (await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByIdAsync(created.Id.ToString()))!;

        for (var i = 0; i < AccountModule.MaxFailedSignIns - 1; i++)
            Assert.Equal("Account.WrongPassword", (await personalData.DeleteAsync(member, "guess-" + i)).Error?.Code);
        Assert.Equal("Account.LockedOut", (await personalData.DeleteAsync(member, "one-more-guess")).Error?.Code);

        Assert.Equal("Account.LockedOut", (await personalData.DeleteAsync(member, "a-long-test-passphrase")).Error?.Code);
        Assert.NotNull(await portal.MemberByEmailAsync(member.Email!));
    }
}
