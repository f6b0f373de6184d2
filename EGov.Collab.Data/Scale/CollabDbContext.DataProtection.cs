using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

/// <summary>The data-protection key ring in the database, so every node of a cluster reads and writes one ring.</summary>
public abstract partial class CollabDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
