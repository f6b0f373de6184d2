using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EGov.Collab.App.Shell;

/// <summary>What one Blazor circuit and one member may take from the server.</summary>
public static class CircuitLimits
{
    /// <summary>
    /// The largest message a browser may send over its circuit. The longest documented text (a legal act edition's
    /// 200,000 characters) travels as a field's value inside the event's JSON inside the hub's JSON: Cyrillic is two
    /// bytes a character in UTF-8 and a quote or backslash, escaped twice, four, so 1 MB carries it whole, one
    /// character over included (the service refuses that with its message rather than the circuit dying). Every
    /// service still checks its own length limit, so nothing larger is ever stored.
    /// </summary>
    public const long MaxMessageBytes = 1024 * 1024;

    /// <summary>Connected circuits (tabs) per signed-in member; the next one is ended.</summary>
    public const int MaxCircuitsPerMember = 20;
}

/// <summary>Counts each member's connected circuits and ends a circuit that would go past <see cref="CircuitLimits.MaxCircuitsPerMember"/>.</summary>
public sealed class MemberCircuitCounter
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public bool TryOpen(string memberId)
    {
        var refused = false;
        _open.AddOrUpdate(memberId, 1, (_, count) =>
        {
            refused = count >= CircuitLimits.MaxCircuitsPerMember;
            return refused ? count : count + 1;
        });
        return !refused;
    }

    public void Close(string memberId)
    {
        var left = _open.AddOrUpdate(memberId, 0, (_, count) => Math.Max(0, count - 1));
        if (left == 0) _open.TryRemove(new KeyValuePair<string, int>(memberId, 0));
    }

    public int OpenFor(string memberId) => _open.GetValueOrDefault(memberId);
}

/// <summary>
/// The per-circuit side of <see cref="MemberCircuitCounter"/>. It counts connected circuits (a tab that closed is
/// uncounted at once, though the framework keeps its circuit for a while in case it reconnects).
/// </summary>
public sealed class MemberCircuitCap(MemberCircuitCounter counter, AuthenticationStateProvider authentication) : CircuitHandler
{
    private string? _counted;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_counted is not null) return;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } memberId) return;
        if (!counter.TryOpen(memberId))
            throw new InvalidOperationException($"Member {memberId} already has {CircuitLimits.MaxCircuitsPerMember} connected circuits.");
        _counted = memberId;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => UncountAsync();

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => UncountAsync();

    private Task UncountAsync()
    {
        if (_counted is not null) counter.Close(_counted);
        _counted = null;
        return Task.CompletedTask;
    }
}
