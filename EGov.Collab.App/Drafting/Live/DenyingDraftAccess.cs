using System.Security.Claims;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// The fallback until the working-group side registers its <see cref="IDraftAccess"/>: nobody reads or writes.
/// Registered with TryAdd, so any real implementation added before or after (with Add) takes precedence.
/// </summary>
public sealed class DenyingDraftAccess : IDraftAccess
{
    public Task<bool> CanReadAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<bool> CanEditAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
