using EGov.Collab.Data.SqlServer;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EGov.Collab.Tests.Data;

public sealed class SearchIndexMigrationTests
{
    [Fact]
    public void GenerateScript_SqlServer_FullTextCatalogAndUkrainianIndexOutsideTransactions()
    {
        using var db = new SqlServerCollabDbContext(new DbContextOptionsBuilder<SqlServerCollabDbContext>()
            .UseSqlServer("Server=tests-no-server;Database=EGovCollab;Trusted_Connection=True;TrustServerCertificate=True").Options);
        var migrator = db.GetService<IMigrator>();
        var migration = db.Database.GetMigrations().Single(m => m.EndsWith("_SearchIndex", StringComparison.Ordinal));
        var previous = db.Database.GetMigrations().TakeWhile(m => m != migration).Last();

        var script = migrator.GenerateScript(previous, migration, MigrationsSqlGenerationOptions.Default);

        Assert.Contains("CREATE TABLE [SearchDocuments]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT CATALOG [SearchCatalog]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT INDEX ON [SearchDocuments] ([TitleStems] LANGUAGE 1058, [BodyStems] LANGUAGE 1058)", script, StringComparison.Ordinal);
        Assert.Contains("KEY INDEX [PK_SearchDocuments] ON [SearchCatalog]", script, StringComparison.Ordinal);
        // Full-text DDL may not run in a user transaction: the script must commit before it and open none around it.
        var fullText = script.IndexOf("CREATE FULLTEXT CATALOG", StringComparison.Ordinal);
        var before = script[..fullText];
        Assert.True(before.LastIndexOf("COMMIT;", StringComparison.Ordinal) > before.LastIndexOf("BEGIN TRANSACTION;", StringComparison.Ordinal),
            "the full-text catalog is created outside a transaction");
    }

    [Fact]
    public async Task Migrate_Sqlite_Fts5TablesAndTriggersExist()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var objects = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE name LIKE 'Search%'").ToListAsync();

        Assert.Contains("SearchDocumentsFts", objects);
        Assert.Contains("SearchVocabularyTrigrams", objects);
        Assert.Contains("SearchDocuments_AfterInsert", objects);
        Assert.Contains("SearchDocuments_AfterDelete", objects);
        Assert.Contains("SearchDocuments_AfterUpdate", objects);
    }

    [Fact]
    public async Task Migrate_Sqlite_FtsHasPrefixIndexes_AndSearchReadsTheAccessIndexNotTheRows()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var fts = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'SearchDocumentsFts'").SingleAsync();
        await db.Database.OpenConnectionAsync();
        await using var explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN SELECT d.Module, d.Year FROM SearchDocumentsFts JOIN SearchDocuments AS d INDEXED BY IX_SearchDocuments_Access " +
            "ON d.Id = SearchDocumentsFts.rowid WHERE SearchDocumentsFts MATCH 'x' AND d.Audience IN ('public')";
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(reader.GetOrdinal("detail")));

        Assert.Contains("prefix='2 3 4'", fts, StringComparison.Ordinal);
        Assert.Contains(plan, p => p.Contains("USING COVERING INDEX IX_SearchDocuments_Access", StringComparison.Ordinal));
    }
}
