using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>The IDraftEditing implementation over the real migrations (in-memory SQLite), sessions and log.</summary>
public sealed class DraftEditingServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 23, 21, 0, 0, TimeSpan.Zero));
    private readonly CountingLiveBus _bus = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Create_Apply_Current_History_AtRevision_AgreeAsync()
    {
        await using var editing = new Editing(this);
        var (draftId, article) = await editing.CreateDraftAsync("Стаття про м’яке право");
        var author = Guid.NewGuid();

        var first = await editing.Service.ApplyAsync(draftId, author, [new InsertText(article, 0, "Нова ")]);
        var second = await editing.Service.ApplyAsync(draftId, author, [new SplitProvision(article, 5, Guid.NewGuid())]);

        Assert.Equal((1L, 2L), (first.Value, second.Value));
        var (document, revision) = await editing.Service.CurrentAsync(draftId);
        Assert.Equal(2, revision);
        Assert.Equal(["Нова ", "Стаття про м’яке право"], document.Provisions.Select(p => p.Text));
        Assert.Equal("Нова Стаття про м’яке право", (await editing.Service.AtRevisionAsync(draftId, 1)).Provisions[0].Text);
        Assert.Equal("Стаття про м’яке право", (await editing.Service.AtRevisionAsync(draftId, 0)).Provisions[0].Text);
        var history = await editing.Service.HistoryAsync(draftId);
        Assert.Equal([1L, 2L], history.Select(h => h.Revision));
        Assert.All(history, h => Assert.Equal(author, h.AuthorId));
    }

    [Fact]
    public async Task Submit_Concurrent_TransformsAgainstTheLog_AndResubmissionAppliesOnceAsync()
    {
        await using var editing = new Editing(this);
        var (draftId, article) = await editing.CreateDraftAsync("абв");
        var session = (await editing.Sessions.GetAsync(draftId))!;
        var one = new DraftSubmission(Guid.NewGuid(), 1, 0, [new InsertText(article, 0, "1")], Guid.NewGuid());
        var two = new DraftSubmission(Guid.NewGuid(), 1, 0, [new InsertText(article, 3, "2")], Guid.NewGuid());

        Assert.True((await session.SubmitAsync(one)).Accepted);
        Assert.True((await session.SubmitAsync(two)).Accepted);
        var again = await session.SubmitAsync(two);

        Assert.True(again.Duplicate);
        Assert.Equal(2, again.Revision);
        Assert.Equal(("1абв2", 2L), (session.Current.Document.Provisions[0].Text, session.Current.Revision));
    }

    [Fact]
    public async Task Submit_BadInput_IsRefusedWithAReason_AndChangesNothingAsync()
    {
        await using var editing = new Editing(this);
        var (draftId, article) = await editing.CreateDraftAsync("текст");
        var session = (await editing.Sessions.GetAsync(draftId))!;
        var author = Guid.NewGuid();

        Assert.Equal(DraftEditingErrors.UnknownRevision, (await session.SubmitAsync(new(Guid.NewGuid(), 1, 7, [new InsertText(article, 0, "x")], author))).Error);
        Assert.Equal(DraftEditingErrors.UnknownProvision, (await session.SubmitAsync(new(Guid.NewGuid(), 1, 0, [new InsertText(Guid.NewGuid(), 0, "x")], author))).Error);
        Assert.Equal(DraftEditingErrors.OutOfRange, (await session.SubmitAsync(new(Guid.NewGuid(), 1, 0, [new InsertText(article, 99, "x")], author))).Error);
        Assert.Equal(DraftEditingErrors.PasteTooLong, (await session.SubmitAsync(new(Guid.NewGuid(), 1, 0, [new InsertText(article, 0, new string('я', DraftLimits.MaxPasteLength + 1))], author))).Error);
        await editing.Service.ApplyAsync(draftId, author, [new DeleteProvision(0, new Provision(article, ProvisionKind.Article, "текст"))]);
        Assert.Equal(DraftEditingErrors.UnknownProvision, (await editing.Service.ApplyAsync(draftId, author, [new InsertText(article, 0, "x")])).Error);
        Assert.Equal(1, session.Current.Revision);
    }

    [Fact]
    public async Task Restart_KeepsEveryAcknowledgedChange_AndRecognisesResubmissionsAsync()
    {
        Guid draftId, article;
        var client = Guid.NewGuid();
        await using (var editing = new Editing(this))
        {
            (draftId, article) = await editing.CreateDraftAsync("");
            var session = (await editing.Sessions.GetAsync(draftId))!;
            for (var i = 0; i < 600; i++)
                Assert.True((await session.SubmitAsync(new(client, i + 1, i, [new InsertText(article, i, "ї")], Guid.NewGuid()))).Accepted);
        }

        await using var restarted = new Editing(this);
        var again = await (await restarted.Sessions.GetAsync(draftId))!.SubmitAsync(new(client, 600, 599, [new InsertText(article, 599, "ї")], Guid.NewGuid()));
        var (document, revision) = await restarted.Service.CurrentAsync(draftId);
        Assert.Equal((600L, 600), (revision, document.Provisions[0].Text.Length));
        Assert.True(again.Duplicate);
        Assert.Equal(600, again.Revision);
        Assert.Equal(300, (await restarted.Service.AtRevisionAsync(draftId, 300)).Provisions[0].Text.Length);
    }

    private sealed class Editing : IAsyncDisposable
    {
        public Editing(DraftEditingServiceTests test)
        {
            Store = new DraftLogStore(test._database.Factory);
            Sessions = new DraftSessions(Store, test._bus, test._clock, NullLoggerFactory.Instance);
            Service = new DraftEditingService(Sessions, Store, test._clock);
        }

        public DraftLogStore Store { get; }

        public DraftSessions Sessions { get; }

        public DraftEditingService Service { get; }

        public async Task<(Guid DraftId, Guid Article)> CreateDraftAsync(string text)
        {
            var draftId = Guid.CreateVersion7();
            var article = Guid.CreateVersion7();
            await Service.CreateAsync(draftId, new DraftDocument([new Provision(article, ProvisionKind.Article, text)]), Guid.NewGuid());
            return (draftId, article);
        }

        public ValueTask DisposeAsync() => Sessions.DisposeAsync();
    }
}
