using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EGov.Collab.Data.Sqlite;

public sealed class SqliteCollabDbContext(DbContextOptions<SqliteCollabDbContext> options) : CollabDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text; stored as a sortable 64-bit number instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCollabDbContext>
{
    public SqliteCollabDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCollabDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(SqliteCollabDbContext).Assembly.FullName))
            .Options);
}
