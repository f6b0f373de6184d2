using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Data;

public sealed class SeedingTests
{
    [Fact]
    public async Task Seed_Twice_SameCounts()
    {
        using var database = new TestDatabase();

        await database.SeedAsync(withDemoData: true);
        var first = await CountsAsync(database);
        await database.SeedAsync(withDemoData: true);
        var second = await CountsAsync(database);

        Assert.Equal(first, second);
        Assert.Equal(DemoData.Accounts.Count, first.Members);
    }

    [Fact]
    public async Task SeedDemo_Fresh_EveryDemoAccountConfirmedWithItsRoles()
    {
        using var database = new TestDatabase();

        await database.SeedAsync(withDemoData: true);

        await using var db = database.CreateContext();
        var members = await db.Users.AsNoTracking().ToListAsync();
        // Module demo data may add accounts of its own (the bodies of an assessment campaign), never fewer.
        Assert.Equal(17, DemoData.Accounts.Count);
        Assert.True(members.Count >= DemoData.Accounts.Count);
        Assert.All(members, m => Assert.True(m.EmailConfirmed, m.Email));
        Assert.All(members, m => Assert.EndsWith("@" + DemoData.EmailDomain, m.Email, StringComparison.Ordinal));
        Assert.All(members, m => Assert.NotNull(m.OrganisationId));
        var grants = await db.ModuleRoleGrants.AsNoTracking().ToListAsync();
        foreach (var account in DemoData.Accounts)
        {
            var member = Assert.Single(members, m => m.Email == account.Email);
            Assert.Equal(account.FullName, member.FullName);
            var held = grants.Where(g => g.MemberId == member.Id).Select(g => (g.Module, g.Role)).Order().ToList();
            Assert.Equal(account.Roles.Order(), held);
        }
    }

    [Fact]
    public async Task SeedDemo_Fresh_OnlyAdminIsPortalAdministratorAndPasswordWorks()
    {
        using var database = new TestDatabase();
        await database.SeedAsync(withDemoData: true);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();

        var administrators = await users.GetUsersInRoleAsync(PortalRoles.Administrator);
        var member1 = await users.FindByEmailAsync("member1@" + DemoData.EmailDomain);

        Assert.Equal("admin@" + DemoData.EmailDomain, Assert.Single(administrators).Email);
        Assert.NotNull(member1);
        Assert.True(await users.CheckPasswordAsync(member1, DemoData.Password));
    }

    [Fact]
    public async Task SeedReference_Fresh_EveryModuleAdministeredByItsOrganisation()
    {
        using var database = new TestDatabase();

        await database.SeedAsync(withDemoData: false);

        await using var db = database.CreateContext();
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id);
        var modules = await db.Modules.AsNoTracking().ToListAsync();
        Assert.Equal(ModuleKeys.All.Order(), modules.Select(m => m.Key).Order());
        Assert.All(modules, module =>
        {
            Assert.True(organisations.TryGetValue(module.AdministeringOrganisationId, out var administrator), module.Key.ToString());
            Assert.Equal(ReferenceData.AdministratorOf(module.Key), administrator!.Name);
            Assert.Equal(OrganisationStatus.Approved, administrator.Status);
        });
        Assert.Empty(await db.Users.ToListAsync());
        Assert.True(await db.Roles.AnyAsync(r => r.Name == PortalRoles.Administrator));
    }

    private sealed record Counts(int Organisations, int Communities, int Modules, int Members, int Roles, int UserRoles, int Grants);

    private static async Task<Counts> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return new Counts(
            await db.Organisations.CountAsync(),
            await db.Communities.CountAsync(),
            await db.Modules.CountAsync(),
            await db.Users.CountAsync(),
            await db.Roles.CountAsync(),
            await db.UserRoles.CountAsync(),
            await db.ModuleRoleGrants.CountAsync());
    }
}
