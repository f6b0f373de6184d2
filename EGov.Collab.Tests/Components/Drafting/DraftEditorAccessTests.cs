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

/// <summary>A non-member gets nothing through the editor's interop door: no text, no catch-up, no accepted operation.</summary>
public sealed class DraftEditorAccessTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task NonMember_InteropCallsAndOperations_AreRefusedAsync()
    {
        var bus = new CountingLiveBus();
        var store = new DraftLogStore(_database.Factory);
        await using var sessions = new DraftSessions(store, bus, _clock, NullLoggerFactory.Instance);
        var editing = new DraftEditingService(sessions, store, _clock);
        var draftId = Guid.CreateVersion7();
        var article = Guid.CreateVersion7();
        await editing.CreateAsync(draftId, new DraftDocument([new Provision(article, ProvisionKind.Article, "Текст")]), Guid.NewGuid());

        await using var ctx = ComponentContext.Create();
        DraftEditorServices.Add(ctx.Services, sessions, editing, new NobodyAccess(), bus, new LivePresence(bus, _clock), _database.Factory, _clock);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], "test"));
        var editor = ctx.Render<DraftEditor>(parameters => parameters
            .Add(p => p.DraftId, draftId)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(user))));

        var answer = await editor.Instance.Submit(Guid.NewGuid().ToString(), 1, 0, DraftJson.Serialize([new InsertText(article, 0, "x")]));
        Assert.False(answer.Accepted);
        Assert.Equal(DraftEditingErrors.NotAllowed.Code, answer.Code);
        await Assert.ThrowsAsync<InvalidOperationException>(() => editor.Instance.Open(null));
        await Assert.ThrowsAsync<InvalidOperationException>(() => editor.Instance.CatchUp(0));
        Assert.Equal("Текст", (await editing.CurrentAsync(draftId)).Document.Provisions[0].Text);
        Assert.Empty(editor.FindAll("[data-person]"));
    }

    private sealed class NobodyAccess : IDraftAccess
    {
        public Task<bool> CanReadAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<bool> CanEditAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<bool> CanCommentAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }
}
