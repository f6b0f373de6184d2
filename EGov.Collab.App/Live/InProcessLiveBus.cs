using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;

namespace EGov.Collab.App.Live;

/// <summary>
/// The default <see cref="ILiveBus"/>. Each subscriber has its own queue, drained by its own loop, so publishing returns
/// at once and a slow page (or a blocked one) delays only itself. Each delivery runs under the culture the subscriber had
/// when it subscribed: a circuit's culture is its reader's language, the publisher's is someone else's.
/// </summary>
public sealed class InProcessLiveBus(ILogger<InProcessLiveBus> logger) : ILiveBus
{
    /// <summary>Queued messages per subscriber beyond which a droppable one gives way to a newer of its kind (content is kept whatever the length).</summary>
    public const int QueueCapacity = 256;

    private readonly ConcurrentDictionary<string, ImmutableList<Subscriber>> _topics = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string topic, Func<object, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscriber = new Subscriber(topic, handler, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, logger);
        _topics.AddOrUpdate(topic, _ => [subscriber], (_, list) => list.Add(subscriber));
        return new Subscription(() =>
        {
            subscriber.Close();
            _topics.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(subscriber));
        });
    }

    public Task PublishAsync(string topic, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_topics.TryGetValue(topic, out var subscribers))
            foreach (var subscriber in subscribers) subscriber.Enqueue(message);
        return Task.CompletedTask;
    }

    private sealed class Subscriber(string topic, Func<object, Task> handler, CultureInfo culture, CultureInfo uiCulture, ILogger logger)
    {
        private readonly LinkedList<object> _queue = new();
        private bool _draining;
        private bool _closed;
        private bool _warnedFull;

        public void Enqueue(object message)
        {
            lock (_queue)
            {
                if (_closed) return;
                if (_queue.Count >= QueueCapacity && message is IDroppableLiveMessage) MakeRoomFor(message);
                _queue.AddLast(message);
                if (_draining) return;
                _draining = true;
            }
            // The loop must not inherit the publisher's context (its culture, its request): it sets the subscriber's own.
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(DrainAsync);
        }

        public void Close()
        {
            lock (_queue)
            {
                _closed = true;
                _queue.Clear();
            }
        }

        /// <summary>
        /// A newer droppable message supersedes the oldest waiting one of its kind, which is dropped. Content is never
        /// dropped and never makes room: when content alone fills the queue it grows, and the newest message of each
        /// droppable kind is always delivered (it carries the state the subscriber must end with).
        /// </summary>
        private void MakeRoomFor(object message)
        {
            for (var node = _queue.First; node is not null; node = node.Next)
            {
                if (node.Value.GetType() != message.GetType()) continue;
                _queue.Remove(node);
                return;
            }
            if (!_warnedFull) logger.LogWarning("A subscriber of {Topic} has {Count} messages waiting.", topic, _queue.Count);
            _warnedFull = true;
        }

        private async Task DrainAsync()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            while (true)
            {
                object message;
                lock (_queue)
                {
                    if (_closed || _queue.First is null)
                    {
                        _draining = false;
                        return;
                    }
                    message = _queue.First.Value;
                    _queue.RemoveFirst();
                }
                await DeliverAsync(message);
            }
        }

        private async Task DeliverAsync(object message)
        {
            try
            {
                await handler(message);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One broken subscriber (a circuit that just went away) must not stop the others, nor its own later messages.
                logger.LogWarning(exception, "A subscriber of {Topic} failed.", topic);
            }
            finally
            {
                // A handler may change the culture of the flow it runs in; the next delivery starts from the subscriber's again.
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
