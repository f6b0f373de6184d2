using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>
/// Sessions that end (issue 19): a draft's live session unused for the configured time leaves memory, and the next
/// use loads it again from the log without the editor noticing — same text, same revision, resends still answered
/// as duplicates, and a submission that meets a closing session follows it to its successor.
/// </summary>
public sealed class DraftSessionEvictionTests : IAsyncDisposable
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(10);
    private readonly TestDatabase _database = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero));
    private readonly DraftLogStore _store;
    private readonly DraftSessions _sessions;
    private readonly Guid _author = Guid.NewGuid();

    public DraftSessionEvictionTests()
    {
        _store = new DraftLogStore(_database.Factory);
        _sessions = new DraftSessions(_store, new CountingLiveBus(), _clock, NullLoggerFactory.Instance,
            Options.Create(new DraftSessionOptions { IdleAfter = IdleAfter }));
    }

    public async ValueTask DisposeAsync()
    {
        await _sessions.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task AnIdleSession_IsEvicted_AndReloadsTransparentlyWithItsTextAndDuplicatesAsync()
    {
        var (draftId, article) = await CreateAsync();
        var client = Guid.NewGuid();
        var first = new DraftSubmission(client, 1, 0, [new InsertText(article, 0, "Нова ")], _author);
        Assert.True((await _sessions.SubmitAsync(draftId, first)).Accepted);

        _clock.Advance(IdleAfter + TimeSpan.FromSeconds(1));
        await _sessions.EvictIdleAsync();

        Assert.Equal(0, _sessions.Count);
        var reloaded = (await _sessions.GetAsync(draftId))!;
        Assert.Equal(1, reloaded.Current.Revision);
        Assert.Equal("Нова стаття", reloaded.Current.Document.Provisions[0].Text);
        var resent = await _sessions.SubmitAsync(draftId, first);
        Assert.True(resent.Duplicate);
        Assert.Equal(1, resent.Revision);
        Assert.Equal(1, _sessions.Count);
    }

    [Fact]
    public async Task ASessionInUse_StaysInMemoryAsync()
    {
        var (draftId, article) = await CreateAsync();
        var session = (await _sessions.GetAsync(draftId))!;

        _clock.Advance(IdleAfter - TimeSpan.FromMinutes(1));
        Assert.True((await session.SubmitAsync(new DraftSubmission(Guid.NewGuid(), 1, 0, [new InsertText(article, 0, "x")], _author))).Accepted);
        _clock.Advance(TimeSpan.FromMinutes(2));
        await _sessions.EvictIdleAsync();

        Assert.Equal(1, _sessions.Count);
        Assert.Same(session, await _sessions.GetAsync(draftId));
    }

    [Fact]
    public async Task ASubmissionToAnEvictedSession_FollowsItToTheReloadedOne_AndIsAppliedOnceAsync()
    {
        var (draftId, article) = await CreateAsync();
        var held = (await _sessions.GetAsync(draftId))!;
        _clock.Advance(IdleAfter + TimeSpan.FromSeconds(1));
        await _sessions.EvictIdleAsync();
        var typed = new DraftSubmission(Guid.NewGuid(), 1, 0, [new InsertText(article, 0, "ї")], _author);

        Assert.Equal(DraftSession.Closed, (await held.SubmitAsync(typed)).Error);
        var outcome = await _sessions.SubmitAsync(draftId, typed);

        Assert.True(outcome.Accepted);
        Assert.Equal(1, outcome.Revision);
        Assert.True((await _sessions.SubmitAsync(draftId, typed)).Duplicate);
        Assert.Equal("їстаття", (await _sessions.GetAsync(draftId))!.Current.Document.Provisions[0].Text);
    }

    [Fact]
    public async Task AResendOlderThanTheSequencerRemembers_IsAnsweredFromTheLogAsync()
    {
        var (draftId, article) = await CreateAsync();
        var client = Guid.NewGuid();
        var first = new DraftSubmission(client, 1, 0, [new InsertText(article, 0, "а")], _author);
        Assert.True((await _sessions.SubmitAsync(draftId, first)).Accepted);
        // Enough later changes (sent at once, so they commit in large batches) that the first leaves memory.
        var later = await Task.WhenAll(Enumerable.Range(0, 2 * DraftSequencer.Window + 1).Select(_ =>
            _sessions.SubmitAsync(draftId, new DraftSubmission(Guid.NewGuid(), 1, -1, [new InsertText(article, 0, "б")], _author), atHead: true)));
        Assert.All(later, outcome => Assert.False(outcome.Duplicate));

        var resent = await _sessions.SubmitAsync(draftId, first);

        Assert.True(resent.Duplicate);
        Assert.Equal(1, resent.Revision);
    }

    private async Task<(Guid DraftId, Guid Article)> CreateAsync()
    {
        var draftId = Guid.CreateVersion7();
        var article = Guid.CreateVersion7();
        await _store.CreateAsync(draftId, new DraftDocument([new Provision(article, ProvisionKind.Article, "стаття")]), _clock.GetUtcNow(), CancellationToken.None);
        return (draftId, article);
    }
}
