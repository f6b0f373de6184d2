using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Live;

namespace EGov.Collab.App.Scale;

/// <summary>Counts what is published on the live bus (and the draft edits it carries), then hands it on unchanged.</summary>
public sealed class MeteredLiveBus(ILiveBus inner) : ILiveBus
{
    public IDisposable Subscribe(string topic, Func<object, Task> handler) => inner.Subscribe(topic, handler);

    public Task PublishAsync(string topic, object message)
    {
        PortalMeter.LiveMessages.Add(1, new KeyValuePair<string, object?>("topic", PortalMeter.FamilyOf(topic)));
        if (message is DraftChangesCommitted committed) PortalMeter.DraftOperations.Add(committed.Changes.Count);
        return inner.PublishAsync(topic, message);
    }
}
