using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EGov.Collab.App.ExpertClub.Pages;

/// <summary>
/// A live topic: the latest messages (older ones page in on request), the composer, polls, who is here and typing.
/// The circuit subscribes to the topic's session and to its presence room, and disposes both when it leaves.
/// </summary>
public sealed partial class TopicPage
{
    private static readonly TimeSpan TypingEvery = TimeSpan.FromSeconds(2);

    [Parameter]
    public Guid TopicId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private TopicSessions Sessions { get; set; } = default!;

    [Inject]
    private LivePresence Presence { get; set; } = default!;

    [Inject]
    private PresenceCircuit Circuit { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ExpertClubResource> L { get; set; } = default!;

    [Inject]
    private ClubText Text { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ClubFlags Flags { get; set; } = default!;

    [Inject]
    private ClubWatches Watches { get; set; } = default!;

    private bool _watching;

    private TopicSession _session = default!;
    private ClaimsPrincipal _user = new();
    private TopicOpening? _opening;
    private string? _error;
    private bool _notFound;
    private List<MessageView> _messages = [];
    private List<PollView> _polls = [];
    private IReadOnlyList<PresenceEntry> _present = [];
    private bool _hasEarlier;
    private bool _locked;
    private bool _pinned;
    private bool _pollEditorOpen;
    private MessageView? _replyTo;
    private IDisposable? _topicSubscription;
    private IDisposable? _presenceSubscription;
    private PresenceHandle? _presence;
    private DateTimeOffset _lastTyping;
    private Guid _openedTopic;

    private bool CanWrite => _opening is { CanWrite: true } && !_locked;

    private List<BreadcrumbItem> Crumbs =>
    [
        new(L["ExpertClub.Title"], ClubLinks.Home),
        new(_opening!.Topic.RoomName, ClubLinks.Room(_opening.Topic.RoomId)),
        new(_opening.Topic.Title, null, disabled: true),
    ];

    protected override async Task OnParametersSetAsync()
    {
        if (_openedTopic == TopicId) return;
        await LeaveAsync();
        _openedTopic = TopicId;
        _user = (await AuthenticationState).User;
        _session = Sessions.For(TopicId);
        var opened = await _session.OpenAsync(_user);
        if (!opened.IsSuccess)
        {
            _error = Text.For(opened.Error!);
            _notFound = opened.Error == CommonErrors.NotFound;
            return;
        }
        _opening = opened.Value;
        _messages = [.. _opening.Page.Messages];
        _hasEarlier = _opening.Page.HasEarlier;
        _polls = [.. _opening.Polls];
        _locked = _opening.Topic.IsLocked;
        _pinned = _opening.Topic.IsPinned;
        _watching = await Watches.IsWatchingAsync(_user, WatchKind.Topic, TopicId);
        if (!RendererInfo.IsInteractive) return;

        _topicSubscription = _session.Subscribe(change => InvokeAsync(() => ApplyAsync(change)));
        var room = TopicSessions.PresenceRoomOf(TopicId);
        _presenceSubscription = Bus.Subscribe(LivePresence.TopicOf(room), _ => InvokeAsync(() =>
        {
            _present = Presence.In(room);
            StateHasChanged();
        }));
        if (_opening.Viewer.MemberId is { } memberId)
        {
            _presence = Circuit.Join(room, memberId, _opening.Viewer.Name);
            await _session.MarkReadAsync(memberId, _opening.Topic.LastNumber);
        }
        _present = Presence.In(room);
    }

    private async Task ApplyAsync(TopicEvent change)
    {
        try
        {
            switch (change)
            {
                case MessageEvent { IsNew: true } posted when _messages.All(m => m.Id != posted.Message.Id):
                    _messages.Add(posted.Message);
                    break;
                case MessageEvent changed:
                    var at = _messages.FindIndex(m => m.Id == changed.Message.Id);
                    if (at >= 0) _messages[at] = changed.Message;
                    break;
                case PollEvent poll:
                    var index = _polls.FindIndex(p => p.Id == poll.Poll.Id);
                    if (index >= 0) _polls[index] = poll.Poll;
                    else _polls.Add(poll.Poll);
                    break;
                case TopicStateEvent state:
                    _locked = state.IsLocked;
                    _pinned = state.IsPinned;
                    break;
            }
            StateHasChanged();
            await Task.CompletedTask;
        }
        catch (Exception exception)
        {
            await DispatchExceptionAsync(exception);
        }
    }

    private async Task LoadEarlierAsync()
    {
        if (_messages.Count == 0) return;
        var page = await _session.EarlierAsync(_user, _messages[0].Number);
        if (!page.IsSuccess)
        {
            Snackbar.Add(Text.For(page.Error!), Severity.Error);
            return;
        }
        _messages.InsertRange(0, page.Value.Messages.Where(m => _messages.All(x => x.Id != m.Id)));
        _hasEarlier = page.Value.HasEarlier;
    }

    private async Task<Result> SendAsync(string text, IReadOnlyList<Guid> attachments)
    {
        var posted = await _session.PostAsync(_user, text, _replyTo?.Id, attachments);
        if (!posted.IsSuccess) return posted;
        _replyTo = null;
        if (_messages.All(m => m.Id != posted.Value.Id)) _messages.Add(posted.Value);
        if (_opening?.Viewer.MemberId is { } memberId) await _session.MarkReadAsync(memberId, posted.Value.Number);
        return Result.Success();
    }

    private void Typing()
    {
        var now = Clock.GetUtcNow();
        if (_presence is null || now - _lastTyping < TypingEvery) return;
        _lastTyping = now;
        _presence.Typing();
    }

    private async Task<Result> EditAsync(Guid id, string text) => await _session.EditAsync(_user, id, text);

    private async Task<Result> DeleteAsync(Guid id) => Report(await _session.DeleteAsync(_user, id));

    private async Task<Result> ReactAsync(Guid id, string emoji) => Report(await _session.ReactAsync(_user, id, emoji));

    private async Task<Result> HideAsync(Guid id, string reason) => await _session.HideAsync(_user, id, reason);

    private async Task ToggleWatchAsync()
    {
        var result = Report(await Watches.SetAsync(_user, WatchKind.Topic, TopicId, !_watching));
        if (result.IsSuccess) _watching = !_watching;
    }

    private async Task<Result> FlagAsync(Guid id, string reason)
    {
        var flagged = await Flags.FlagAsync(_user, id, reason);
        if (flagged.IsSuccess) Snackbar.Add(L["ExpertClub.Flagged"], Severity.Success);
        return flagged;
    }

    private async Task<Result> VoteAsync(Guid pollId, IReadOnlyCollection<Guid> options) => await _session.VoteAsync(_user, pollId, options);

    private async Task<Result> CreatePollAsync(string? question, IReadOnlyList<string?> options, bool multiple, int days) =>
        await _session.CreatePollAsync(_user, question, options, multiple, Clock.GetUtcNow().AddDays(Math.Clamp(days, 1, 90)));

    private async Task ToggleLockAsync() => Report(await _session.LockAsync(_user, !_locked));

    private async Task TogglePinAsync() => Report(await _session.PinAsync(_user, !_pinned));

    private Result Report(Result result)
    {
        if (!result.IsSuccess) Snackbar.Add(Text.For(result.Error!), Severity.Error);
        return result;
    }

    private async Task LeaveAsync()
    {
        _topicSubscription?.Dispose();
        _presenceSubscription?.Dispose();
        _presence?.Dispose();
        _topicSubscription = _presenceSubscription = null;
        _presence = null;
        if (_opening?.Viewer.MemberId is { } memberId && _messages.Count > 0 && RendererInfo.IsInteractive)
            await _session.MarkReadAsync(memberId, _messages[^1].Number);
    }

    public async ValueTask DisposeAsync() => await LeaveAsync();
}
