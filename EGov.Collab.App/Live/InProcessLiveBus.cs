using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace EGov.Collab.App.Live;

/// <summary>The default <see cref="ILiveBus"/>: handlers in this process, called concurrently, failures logged and isolated.</summary>
public sealed class InProcessLiveBus(ILogger<InProcessLiveBus> logger) : ILiveBus
{
    private readonly ConcurrentDictionary<string, ImmutableList<Func<object, Task>>> _topics = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string topic, Func<object, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _topics.AddOrUpdate(topic, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => _topics.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(handler)));
    }

    public async Task PublishAsync(string topic, object message)
    {
        if (!_topics.TryGetValue(topic, out var handlers) || handlers.IsEmpty) return;
        await Task.WhenAll(handlers.Select(handler => InvokeAsync(topic, handler, message)));
    }

    private async Task InvokeAsync(string topic, Func<object, Task> handler, object message)
    {
        try
        {
            await handler(message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // One broken subscriber (a circuit that just went away) must not stop the others from hearing.
            logger.LogWarning(exception, "A subscriber of {Topic} failed.", topic);
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
