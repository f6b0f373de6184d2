using System.Collections.Concurrent;
using System.Security.Claims;
using Bunit;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Collab.Tests.Components.Drafting;

/// <summary>
/// Issue 19, "sessions that end": the editor's circuit going away while it pushes changes to its browser must not
/// break that push (disposing the editor disposed the semaphore the push still held, so its release threw).
/// </summary>
public sealed class DraftEditorDisposalTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task DisposedWhileAPushIsWaitingOnTheBrowser_ThePushEndsWithoutAnErrorAsync()
    {
        var store = new DraftLogStore(_database.Factory);
        await using var sessions = new DraftSessions(store, new CountingLiveBus(), _clock, NullLoggerFactory.Instance);
        var editing = new DraftEditingService(sessions, store, _clock);
        var draftId = Guid.CreateVersion7();
        var article = Guid.CreateVersion7();
        await editing.CreateAsync(draftId, new DraftDocument([new Provision(article, ProvisionKind.Article, "Текст")]), Guid.NewGuid());
        var editorBus = new DirectBus();

        await using var ctx = ComponentContext.Create();
        DraftEditorServices.Add(ctx.Services, sessions, editing, new EveryoneAccess(), editorBus, new LivePresence(new CountingLiveBus(), _clock), _database.Factory, _clock);
        var module = ctx.JSInterop.SetupModule("./js/drafting/editor.mjs");
        var receive = module.SetupVoid("receive", _ => true);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], "test"));
        var editor = ctx.Render<DraftEditor>(parameters => parameters
            .Add(p => p.DraftId, draftId)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(user))));
        editor.WaitForAssertion(() => Assert.NotEmpty(module.Invocations["presence"]));

        // A committed change, pushed to the editor; the browser has not answered yet when the circuit goes.
        Assert.True((await editing.ApplyAsync(draftId, Guid.NewGuid(), [new InsertText(article, 0, "Новий ")])).IsSuccess);
        var push = editorBus.PublishAsync(DraftSession.TopicOf(draftId), new object());
        editor.WaitForAssertion(() => Assert.Single(module.Invocations["receive"]));
        await ctx.DisposeComponentsAsync();
        receive.SetVoidResult();

        await push;
        Assert.Contains("Новий", module.Invocations["receive"].Single().Arguments[1]?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Calls its subscribers directly, so the test holds the task of what a subscriber does with a message.</summary>
    private sealed class DirectBus : ILiveBus
    {
        private readonly ConcurrentDictionary<Guid, (string Topic, Func<object, Task> Handler)> _subscribers = new();

        public IDisposable Subscribe(string topic, Func<object, Task> handler)
        {
            var id = Guid.NewGuid();
            _subscribers[id] = (topic, handler);
            return new Unsubscribe(() => _subscribers.TryRemove(id, out _));
        }

        public Task PublishAsync(string topic, object message) =>
            Task.WhenAll(_subscribers.Values.Where(s => s.Topic == topic).Select(s => s.Handler(message)).ToList());

        private sealed class Unsubscribe(Action action) : IDisposable
        {
            public void Dispose() => action();
        }
    }

    private sealed class EveryoneAccess : IDraftAccess
    {
        public Task<bool> CanReadAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<bool> CanEditAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<bool> CanCommentAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(true);
    }
}
