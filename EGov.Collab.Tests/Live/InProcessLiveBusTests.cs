using System.Collections.Concurrent;
using System.Globalization;
using EGov.Collab.App.Live;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Collab.Tests.Live;

public sealed class InProcessLiveBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly InProcessLiveBus _bus = new(NullLogger<InProcessLiveBus>.Instance);

    private sealed record Typed(int N) : IDroppableLiveMessage;

    [Fact]
    public async Task PublishAsync_WhileOneSubscriberIsBlocked_ReturnsAndTheOthersHear()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blockedEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var heard = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var blocked = _bus.Subscribe("t", async _ => { blockedEntered.TrySetResult(); await release.Task; });
        using var other = _bus.Subscribe("t", message => { heard.TrySetResult(message); return Task.CompletedTask; });

        var publishing = _bus.PublishAsync("t", "posted");

        Assert.True(publishing.IsCompleted);
        Assert.Equal("posted", await heard.Task.WaitAsync(Patience));
        await blockedEntered.Task.WaitAsync(Patience);
        release.SetResult();
    }

    [Fact]
    public async Task Deliveries_ToOneSubscriber_KeepTheirOrder_OneAtATime()
    {
        var received = new List<int>();
        var inside = 0;
        var overlapped = false;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _bus.Subscribe("t", async message =>
        {
            if (Interlocked.Increment(ref inside) > 1) overlapped = true;
            await Task.Yield();
            received.Add((int)message);
            Interlocked.Decrement(ref inside);
            if (received.Count == 500) done.SetResult();
        });

        for (var i = 0; i < 500; i++) await _bus.PublishAsync("t", i);

        await done.Task.WaitAsync(Patience);
        Assert.Equal(Enumerable.Range(0, 500), received);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task FullQueue_DropsOldestDroppable_NeverContent()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<object>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _bus.Subscribe("t", async message =>
        {
            if (message is "hold")
            {
                first.TrySetResult();
                await release.Task;
                return;
            }
            received.Enqueue(message);
            if (message is "last") done.SetResult();
        });
        await _bus.PublishAsync("t", "hold");
        await first.Task.WaitAsync(Patience);

        // The subscriber is stuck: fill its queue with presence, then content beyond the capacity, then newer presence.
        for (var i = 0; i < InProcessLiveBus.QueueCapacity; i++) await _bus.PublishAsync("t", new Typed(i));
        for (var i = 0; i < 10; i++) await _bus.PublishAsync("t", $"content {i}");
        for (var i = 0; i < InProcessLiveBus.QueueCapacity; i++) await _bus.PublishAsync("t", new Typed(1000 + i));
        await _bus.PublishAsync("t", "last");
        release.SetResult();
        await done.Task.WaitAsync(Patience);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"content {i}").Append("last"), received.OfType<string>());
        Assert.Equal(Enumerable.Range(1000, InProcessLiveBus.QueueCapacity), received.OfType<Typed>().Select(t => t.N));
    }

    [Fact]
    public async Task FullQueueOfPresence_DropsTheOldest_KeepsTheNewest()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<int>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var last = InProcessLiveBus.QueueCapacity * 2;
        using var subscription = _bus.Subscribe("t", async message =>
        {
            if (message is "hold")
            {
                first.TrySetResult();
                await release.Task;
                return;
            }
            var n = ((Typed)message).N;
            received.Enqueue(n);
            if (n == last - 1) done.SetResult();
        });
        await _bus.PublishAsync("t", "hold");
        await first.Task.WaitAsync(Patience);

        for (var i = 0; i < last; i++) await _bus.PublishAsync("t", new Typed(i));
        release.SetResult();
        await done.Task.WaitAsync(Patience);

        Assert.Equal(Enumerable.Range(last - InProcessLiveBus.QueueCapacity, InProcessLiveBus.QueueCapacity), received);
    }

    [Fact]
    public async Task FailingSubscriber_IsIsolated_AndKeepsHearing()
    {
        var heard = new ConcurrentQueue<int>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var healthyDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var failing = _bus.Subscribe("t", message =>
        {
            if ((int)message == 2) done.SetResult();
            return (int)message == 1 ? throw new InvalidOperationException("gone") : Task.CompletedTask;
        });
        using var healthy = _bus.Subscribe("t", message =>
        {
            heard.Enqueue((int)message);
            if ((int)message == 2) healthyDone.SetResult();
            return Task.CompletedTask;
        });

        await _bus.PublishAsync("t", 1);
        await _bus.PublishAsync("t", 2);

        await done.Task.WaitAsync(Patience);
        await healthyDone.Task.WaitAsync(Patience);
        Assert.Equal([1, 2], heard);
    }

    [Fact]
    public async Task EachSubscriber_HearsUnderTheCultureItSubscribedWith_NotThePublishers()
    {
        var cultures = new ConcurrentDictionary<string, (string Culture, string UiCulture)>();
        var both = new CountdownEvent(2);
        IDisposable english, ukrainian;
        using (TestCulture.Use("en-US"))
            english = _bus.Subscribe("t", _ => Record("en"));
        using (TestCulture.Use("uk-UA"))
            ukrainian = _bus.Subscribe("t", _ => Record("uk"));

        using (TestCulture.Use("uk-UA")) await _bus.PublishAsync("t", "from a Ukrainian member");

        Assert.True(both.Wait(Patience));
        Assert.Equal(("en-US", "en-US"), cultures["en"]);
        Assert.Equal(("uk-UA", "uk-UA"), cultures["uk"]);
        english.Dispose();
        ukrainian.Dispose();

        Task Record(string who)
        {
            cultures[who] = (CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name);
            both.Signal();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task DisposedSubscription_HearsNothingMore()
    {
        var count = 0;
        var subscription = _bus.Subscribe("t", _ => { Interlocked.Increment(ref count); return Task.CompletedTask; });
        var probe = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var after = _bus.Subscribe("t", message => { if (message is "second") probe.TrySetResult(); return Task.CompletedTask; });

        subscription.Dispose();
        await _bus.PublishAsync("t", "second");

        await probe.Task.WaitAsync(Patience);
        Assert.Equal(0, count);
    }
}
