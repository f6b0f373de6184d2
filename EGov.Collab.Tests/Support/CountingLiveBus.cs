using System.Collections.Concurrent;
using EGov.Collab.App.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// The real <see cref="InProcessLiveBus"/>, plus a count of live subscriptions per topic so a test can see that a
/// component unsubscribes when it is disposed (a forgotten subscription keeps a dead circuit's component alive).
/// </summary>
public sealed class CountingLiveBus : ILiveBus
{
    private readonly InProcessLiveBus _inner = new(NullLogger<InProcessLiveBus>.Instance);
    private readonly ConcurrentDictionary<string, int> _subscribers = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _published = new(StringComparer.Ordinal);

    public int Subscribers(string topic) => _subscribers.GetValueOrDefault(topic);

    /// <summary>How many messages were published on the topic.</summary>
    public int Count(string topic) => _published.GetValueOrDefault(topic);

    public IDisposable Subscribe(string topic, Func<object, Task> handler)
    {
        var subscription = _inner.Subscribe(topic, handler);
        _subscribers.AddOrUpdate(topic, 1, (_, n) => n + 1);
        return new Counted(subscription, () => _subscribers.AddOrUpdate(topic, 0, (_, n) => n - 1));
    }

    public Task PublishAsync(string topic, object message)
    {
        _published.AddOrUpdate(topic, 1, (_, n) => n + 1);
        return _inner.PublishAsync(topic, message);
    }

    private sealed class Counted(IDisposable inner, Action onDispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            inner.Dispose();
            onDispose();
        }
    }
}
