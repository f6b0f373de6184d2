using EGov.Collab.App.Account;
using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
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

        for (var i = 0; i < SubscribeThrottle.Limit; i++)
            Assert.True((await subscriptions.SubscribeAsync(email, SubscriberAudience.Public, "uk", null)).IsSuccess);

        Assert.Equal(SubscribeThrottle.TooMany, (await subscriptions.SubscribeAsync(email, SubscriberAudience.Public, "uk", null)).Error);
    }

    [Fact]
    public async Task DeletePersonalData_GuessingThePassword_LocksOut_EvenTheRightPasswordThen()
    {
        var member = await portal.CreateMemberAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var personalData = scope.ServiceProvider.GetRequiredService<PersonalData>();

        for (var i = 0; i < AccountModule.MaxFailedSignIns - 1; i++)
            Assert.Equal("Account.WrongPassword", (await personalData.DeleteAsync(member, "guess-" + i)).Error?.Code);
        Assert.Equal("Account.LockedOut", (await personalData.DeleteAsync(member, "one-more-guess")).Error?.Code);

        Assert.Equal("Account.LockedOut", (await personalData.DeleteAsync(member, "a-long-test-passphrase")).Error?.Code);
        Assert.NotNull(await portal.MemberByEmailAsync(member.Email!));
    }
}
