using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data;

/// <summary>
/// App-managed optimistic concurrency: SQLite has no rowversion, so an entity that opts in gets a shadow
/// <c>Version</c> Guid, checked on update and renewed on every save.
/// </summary>
public static class ConcurrencyStamps
{
    public const string PropertyName = "Version";

    public static void HasAppManagedVersion<T>(this EntityTypeBuilder<T> builder) where T : class =>
        builder.Property<Guid>(PropertyName).IsConcurrencyToken();

    internal static void Renew(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.Metadata.FindProperty(PropertyName) is null) continue;
            entry.Property(PropertyName).CurrentValue = Guid.NewGuid();
        }
    }
}
