namespace EGov.Collab.App.Live;

/// <summary>
/// Publish/subscribe between the circuits of this node (and, later, other nodes through Redis).
/// A session object publishes on a topic; components subscribe, keep the returned handle and dispose it.
/// Publishing returns once the message is queued for every subscriber, never after they have handled it; each
/// subscriber hears its messages in order, one at a time, under the culture it subscribed with.
/// </summary>
public interface ILiveBus
{
    IDisposable Subscribe(string topic, Func<object, Task> handler);

    Task PublishAsync(string topic, object message);
}

/// <summary>
/// Marks a message a slow subscriber may lose when its queue is full (presence, cursors, "someone typed"): a newer one
/// of the same kind follows soon and says the same. Messages without this mark (content) are never dropped.
/// </summary>
public interface IDroppableLiveMessage;

public static class LiveTopics
{
    /// <summary>Counts on the home page changed (a member registered, a role was granted …).</summary>
    public const string PortalStatistics = "portal.statistics";
}
