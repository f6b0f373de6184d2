using EGov.Collab.Data.SqlServer;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EGov.Collab.Tests.Data;

public sealed class MigrationsTests
{
    private static SqlServerCollabDbContext SqlServerContext() =>
        // Never opened: model diffing and script generation need no server.
        new(new DbContextOptionsBuilder<SqlServerCollabDbContext>()
            .UseSqlServer("Server=tests-no-server;Database=EGovCollab;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);

    [Fact]
    public void Migrate_Sqlite_AllAppliedAndTablesExist()
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();

        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
        Assert.Equal(0, db.Organisations.Count());
        Assert.Equal(0, db.ModuleRoleGrants.Count());
        Assert.Equal(0, db.AuditEntries.Count());
        Assert.Equal(0, db.Users.Count());
    }

    [Fact]
    public void HasPendingModelChanges_Sqlite_None()
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void HasPendingModelChanges_SqlServer_None()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void Migrations_BothProviders_SameNames()
    {
        using var database = new TestDatabase();
        using var sqlite = database.CreateContext();
        using var sqlServer = SqlServerContext();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void GenerateScript_SqlServer_CreatesCoreTablesAndUniqueGrantIndex()
    {
        using var db = SqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Organisations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ModuleRoleGrants]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_ModuleRoleGrants_MemberId_Module_Role] ON [ModuleRoleGrants] ([MemberId], [Module], [Role])", script, StringComparison.Ordinal);
    }
}
