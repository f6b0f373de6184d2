using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

/// <summary>
/// The one way to save where a version token exists: a concurrency conflict becomes a <see cref="Result"/> carrying
/// <see cref="CommonErrors.ConcurrentChange"/> (a localised message) instead of an exception that ends the circuit.
/// The context forgets what it tracked, so the caller's next read sees the fresh state.
/// </summary>
public static class ConflictAwareSave
{
    public static async Task<Result> SaveOrConflictAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommonErrors.ConcurrentChange;
        }
    }
}
