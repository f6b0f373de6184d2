using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EGov.Collab.Data.SqlServer;

public sealed class SqlServerCollabDbContext(DbContextOptions<SqlServerCollabDbContext> options) : CollabDbContext(options);

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCollabDbContext>
{
    public SqlServerCollabDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCollabDbContext>()
            .UseSqlServer("Server=design-time-only;Database=EGovCollab;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
