namespace EGov.Collab.App.Live;

/// <summary>
/// Publish/subscribe between the circuits of this node (and, later, other nodes through Redis).
/// A session object publishes on a topic; components subscribe, keep the returned handle and dispose it.
/// </summary>
public interface ILiveBus
{
    IDisposable Subscribe(string topic, Func<object, Task> handler);

    Task PublishAsync(string topic, object message);
}

public static class LiveTopics
{
    /// <summary>Counts on the home page changed (a member registered, a role was granted …).</summary>
    public const string PortalStatistics = "portal.statistics";
}
