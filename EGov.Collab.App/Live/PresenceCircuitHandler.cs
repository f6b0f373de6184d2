using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EGov.Collab.App.Live;

/// <summary>Tells the circuit's <see cref="PresenceCircuit"/> when its connection goes and comes back.</summary>
public sealed class PresenceCircuitHandler(PresenceCircuit presence) : CircuitHandler
{
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.ConnectionDown();
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.ConnectionUp();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.ConnectionDown();
        return Task.CompletedTask;
    }
}
