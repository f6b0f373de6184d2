using EGov.Collab.App.Account.TwoFactor;
using Microsoft.Extensions.Options;
using EGov.Collab.App.Common;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Live;

/// <summary>
/// Rights are decided once per member and kept until a save changes them: checks on every live refresh cost no query,
/// and a role revoked, an account locked or a membership changed is seen by the very next check.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class RightsOnceTests(PortalFactory portal, ITestOutputHelper output)
{
    private readonly QueryCounter _queries = new();
    private readonly TestClock _clock = new(DateTimeOffset.UtcNow);

    private IDbContextFactory<CollabDbContext> Factory =>
        _queries.Factory(portal.ConnectionString, portal.Services.GetRequiredService<AccessChangeInterceptor>());

    private ModuleAccess ModuleAccess() =>
        new(Factory, portal.Services.GetRequiredService<AccessChanges>(), _clock, portal.Services.GetRequiredService<IOptions<TwoFactorOptions>>());

    [Fact]
    public async Task CanAsync_TwentyLiveRefreshes_QueryOnce_ARevokedRoleStopsAtTheNextCheck()
    {
        var member = await portal.CreateMemberAsync();
        var user = PrincipalOf(member.Id);
        await using (var db = await Factory.CreateDbContextAsync())
        {
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.ExpertClub, ModuleRole.Administrator, null, _clock.GetUtcNow()).Value);
            await db.SaveChangesAsync();
        }
        var access = ModuleAccess();

        var first = await _queries.CountAsync(() => access.CanAsync(user, ModuleKey.ExpertClub, ModuleAction.Administer));
        var next = await _queries.CountAsync(async () =>
        {
            for (var i = 0; i < 20; i++) Assert.True(await access.CanAsync(user, ModuleKey.ExpertClub, ModuleAction.Administer));
        });
        output.WriteLine($"ModuleAccess: first check {first} queries, next 20 checks {next} queries (each check cost {first} before)");
        Assert.Equal(0, next);

        await using (var db = await Factory.CreateDbContextAsync())
        {
            db.ModuleRoleGrants.RemoveRange(db.ModuleRoleGrants.Where(g => g.MemberId == member.Id));
            await db.SaveChangesAsync();
        }
        Assert.False(await access.CanAsync(user, ModuleKey.ExpertClub, ModuleAction.Administer));
    }

    [Fact]
    public async Task CanAsync_AccountLockedByAnAdministrator_RefusedAtTheNextCheck()
    {
        var member = await portal.CreateMemberAsync();
        var user = PrincipalOf(member.Id);
        var access = ModuleAccess();
        Assert.True(await access.CanAsync(user, ModuleKey.Drafting, ModuleAction.Participate));

        await using (var db = await Factory.CreateDbContextAsync())
        {
            var row = await db.Users.SingleAsync(u => u.Id == member.Id);
            row.LockoutEnd = AccountLock.ByAdministrator;
            await db.SaveChangesAsync();
        }

        Assert.False(await access.CanAsync(user, ModuleKey.Drafting, ModuleAction.Participate));
    }

    [Fact]
    public async Task CanAsync_ChangeBehindEveryService_IsPickedUpOnceTheDecisionIsOld()
    {
        var member = await portal.CreateMemberAsync();
        var user = PrincipalOf(member.Id);
        await using (var db = await Factory.CreateDbContextAsync())
        {
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Library, ModuleRole.Editor, null, _clock.GetUtcNow()).Value);
            await db.SaveChangesAsync();
        }
        var access = ModuleAccess();
        Assert.True(await access.CanAsync(user, ModuleKey.Library, ModuleAction.Work));

        // A bulk delete goes straight to the database, past the change tracker: nobody is told.
        await using (var db = await Factory.CreateDbContextAsync())
            await db.ModuleRoleGrants.Where(g => g.MemberId == member.Id).ExecuteDeleteAsync();
        Assert.True(await access.CanAsync(user, ModuleKey.Library, ModuleAction.Work));

        _clock.Advance(RightsCache<object>.FreshFor);
        Assert.False(await access.CanAsync(user, ModuleKey.Library, ModuleAction.Work));
    }

    [Fact]
    public async Task ClubViewer_EveryPostAfterTheFirst_ReadsNoRights_ARoomInvitationIsSeenAtOnce()
    {
        var memberId = await ClubMemberAsync(portal);
        var user = PrincipalOf(memberId);
        var (roomId, _) = await TopicAsync(portal.Services, isPrivate: true);
        var club = new ClubAccess(Factory, ModuleAccess(), portal.Services.GetRequiredService<AccessChanges>(), _clock);

        var first = await _queries.CountAsync(() => club.ViewerAsync(user));
        var next = await _queries.CountAsync(async () =>
        {
            for (var i = 0; i < 10; i++) Assert.DoesNotContain(roomId, (await club.ViewerAsync(user)).PrivateRooms);
        });
        output.WriteLine($"ClubAccess.ViewerAsync: first {first} queries, next 10 {next} queries (each cost {first} before)");
        Assert.Equal(0, next);

        await using (var db = await Factory.CreateDbContextAsync())
        {
            db.ClubRoomMembers.Add(RoomMember.Create(roomId, memberId, _clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        Assert.Contains(roomId, (await club.ViewerAsync(user)).PrivateRooms);
    }
}
