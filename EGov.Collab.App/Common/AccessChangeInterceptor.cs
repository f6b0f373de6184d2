using System.Runtime.CompilerServices;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EGov.Collab.App.Common;

/// <summary>
/// Every save that changes a member's rights (module roles, portal roles, an administrator's lock, an authenticator,
/// which an administrator's rights may need, club and room membership) tells <see cref="AccessChanges"/> once it has committed, whichever service made it. Watching the saves
/// rather than each service means a new way of granting a role cannot forget to refresh the cached rights.
/// </summary>
public sealed class AccessChangeInterceptor(AccessChanges changes) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await Flush(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var members = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(MemberWhoseRightsChange)
            .OfType<Guid>()
            .ToList();
        if (members.Count == 0) return;
        lock (_pending) _pending.GetOrCreateValue(context).UnionWith(members);
    }

    private static Guid? MemberWhoseRightsChange(EntityEntry entry) => entry.Entity switch
    {
        ModuleRoleGrant grant => grant.MemberId,
        IdentityUserRole<Guid> role => role.UserId,
        ClubMember member => member.MemberId,
        RoomMember member => member.MemberId,
        Member member when entry.State != EntityState.Added && (entry.State == EntityState.Deleted
            || entry.Property(nameof(Member.LockoutEnd)).IsModified || entry.Property(nameof(Member.TwoFactorEnabled)).IsModified) => member.Id,
        _ => null,
    };

    private async Task Flush(DbContext? context)
    {
        if (context is null) return;
        HashSet<Guid>? members;
        lock (_pending)
        {
            if (!_pending.TryGetValue(context, out members)) return;
            _pending.Remove(context);
        }
        await changes.ChangedAsync(members);
    }

    private void Discard(DbContext? context)
    {
        if (context is null) return;
        lock (_pending) _pending.Remove(context);
    }
}
