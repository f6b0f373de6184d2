using System.Globalization;
using Bunit;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Pages;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Components.Common;

public sealed class HomePageTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Render_SeededDatabase_ShowsCounts()
    {
        await _database.SeedAsync(withDemoData: true);
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = CreateContext();

        var cut = ctx.Render<HomePage>();

        var contestParticipants = DemoData.Accounts.Count(a => a.Roles.Any(r => r.Module == ModuleKey.Contest));
        cut.WaitForAssertion(() => Assert.Equal(DemoData.Accounts.Count.ToString(CultureInfo.InvariantCulture), cut.Find("[data-count=members]").TextContent));
        Assert.Equal("13", cut.Find("[data-count=organisations]").TextContent);
        Assert.Equal("7", cut.Find("[data-count=communities]").TextContent);
        Assert.Equal($"Учасників з ролями: {contestParticipants}", cut.Find("[data-module-count=contest]").TextContent.Trim());
        Assert.Equal(11, cut.FindAll(".module-card").Count);
    }

    [Fact]
    public async Task NotifyChanged_MemberAdded_CountReRenders()
    {
        await _database.SeedAsync(withDemoData: false);
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = CreateContext();
        var cut = ctx.Render<HomePage>();
        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-count=members]").TextContent));
        var memberId = await AddConfirmedMemberAsync();
        await using (var db = _database.CreateContext())
        {
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId, ModuleKey.Journal, ModuleRole.Contributor, null, DateTimeOffset.UtcNow).Value);
            await db.SaveChangesAsync();
        }

        await ctx.Services.GetRequiredService<PortalStatistics>().NotifyChangedAsync();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-count=members]").TextContent));
        Assert.Equal("Учасників з ролями: 1", cut.Find("[data-module-count=journal]").TextContent.Trim());
    }

    [Fact]
    public async Task Dispose_Rendered_Unsubscribes()
    {
        await _database.SeedAsync(withDemoData: false);
        using var _ = TestCulture.Use("uk-UA");
        var bus = new CountingLiveBus();
        await using var ctx = CreateContext(bus);
        var cut = ctx.Render<HomePage>();
        cut.WaitForAssertion(() => Assert.Equal(1, bus.Subscribers(LiveTopics.PortalStatistics)));

        await ctx.DisposeComponentsAsync();

        Assert.Equal(0, bus.Subscribers(LiveTopics.PortalStatistics));
    }

    public void Dispose() => _database.Dispose();

    private Bunit.BunitContext CreateContext(ILiveBus? bus = null)
    {
        var ctx = ComponentContext.Create();
        ctx.Services.AddSingleton(_database.Factory);
        if (bus is null) ctx.Services.AddSingleton<ILiveBus, InProcessLiveBus>();
        else ctx.Services.AddSingleton(bus);
        ctx.Services.AddSingleton<PortalStatistics>();
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton<EGov.Collab.App.Common.Activity.PortalActivity>();
        return ctx;
    }

    private async Task<Guid> AddConfirmedMemberAsync()
    {
        await using var db = _database.CreateContext();
        var member = new Member
        {
            UserName = "nova@example.ua",
            Email = "nova@example.ua",
            EmailConfirmed = true,
            FullName = "Олена Коваль",
            RegisteredAt = DateTimeOffset.UtcNow,
        };
        db.Users.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }
}
