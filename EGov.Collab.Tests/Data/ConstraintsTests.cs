using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Tests.Data;

public sealed class ConstraintsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveChanges_DuplicateGrant_RefusedByDatabase()
    {
        using var database = new TestDatabase();
        await database.SeedAsync(withDemoData: false);
        var memberId = await AddMemberAsync(database);
        await using (var db = database.CreateContext())
        {
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId, ModuleKey.Drafting, ModuleRole.WorkingGroupMember, null, Now).Value);
            await db.SaveChangesAsync();
        }

        await using var second = database.CreateContext();
        second.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId, ModuleKey.Drafting, ModuleRole.WorkingGroupMember, null, Now).Value);

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_SameRoleInAnotherModule_Allowed()
    {
        using var database = new TestDatabase();
        await database.SeedAsync(withDemoData: false);
        var memberId = await AddMemberAsync(database);
        await using var db = database.CreateContext();
        db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId, ModuleKey.Drafting, ModuleRole.Administrator, null, Now).Value);
        db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId, ModuleKey.Library, ModuleRole.Administrator, null, Now).Value);
        db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId, ModuleKey.Drafting, ModuleRole.WorkingGroupChair, null, Now).Value);

        await db.SaveChangesAsync();

        Assert.Equal(3, await db.ModuleRoleGrants.CountAsync(g => g.MemberId == memberId));
    }

    [Fact]
    public async Task SaveChanges_StaleOrganisationUpdate_ConcurrencyException()
    {
        using var database = new TestDatabase();
        var organisation = Organisation.Create("Громадська організація «Відкрите місто»", OrganisationKind.CivilSociety, Regions.Lviv.Code, null, OrganisationStatus.Pending, Now).Value;
        await using (var db = database.CreateContext())
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }
        await using var first = database.CreateContext();
        await using var stale = database.CreateContext();
        var firstCopy = await first.Organisations.SingleAsync(o => o.Id == organisation.Id);
        var staleCopy = await stale.Organisations.SingleAsync(o => o.Id == organisation.Id);

        firstCopy.Approve();
        await first.SaveChangesAsync();
        staleCopy.Reject();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
        await using var check = database.CreateContext();
        Assert.Equal(OrganisationStatus.Approved, (await check.Organisations.SingleAsync(o => o.Id == organisation.Id)).Status);
    }

    [Fact]
    public async Task SaveChanges_OrganisationUpdated_VersionRenewed()
    {
        using var database = new TestDatabase();
        var organisation = Organisation.Create("Назва", OrganisationKind.CivilSociety, Regions.Lviv.Code, null, OrganisationStatus.Pending, Now).Value;
        await using var db = database.CreateContext();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var created = db.Entry(organisation).Property<Guid>(ConcurrencyStamps.PropertyName).CurrentValue;

        organisation.Approve();
        await db.SaveChangesAsync();

        var updated = db.Entry(organisation).Property<Guid>(ConcurrencyStamps.PropertyName).CurrentValue;
        Assert.NotEqual(Guid.Empty, created);
        Assert.NotEqual(created, updated);
    }

    [Fact]
    public async Task SaveChanges_DuplicateEdrpou_RefusedByDatabase()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        db.Organisations.Add(Organisation.Create("Перша", OrganisationKind.CivilSociety, Regions.Lviv.Code, "12345678", OrganisationStatus.Approved, Now).Value);
        db.Organisations.Add(Organisation.Create("Друга", OrganisationKind.CivilSociety, Regions.Lviv.Code, "12345678", OrganisationStatus.Approved, Now).Value);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static async Task<Guid> AddMemberAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var member = new Member { UserName = "olena@example.ua", Email = "olena@example.ua", FullName = "Олена Коваль", EmailConfirmed = true, RegisteredAt = Now };
        db.Users.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }
}
