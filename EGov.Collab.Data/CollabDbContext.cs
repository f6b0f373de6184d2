using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

/// <summary>
/// The portal's database, provider-neutral. <see cref="Sqlite.SqliteCollabDbContext"/> and
/// <see cref="SqlServer.SqlServerCollabDbContext"/> carry each provider's migrations.
/// </summary>
public abstract partial class CollabDbContext(DbContextOptions options)
    : IdentityDbContext<Member, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<PortalModule> Modules => Set<PortalModule>();
    public DbSet<ModuleRoleGrant> ModuleRoleGrants => Set<ModuleRoleGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CollabDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ConcurrencyStamps.Renew(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ConcurrencyStamps.Renew(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
