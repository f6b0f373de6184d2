using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.ExpertClub.Conversations;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.ExpertClub.Pages;

/// <summary>
/// A private conversation of two members: by its id, or "with" a member (empty until the first message, which creates it).
/// Anyone else is told it is not found (HTTP 404). Messages the other member sends arrive live.
/// </summary>
public sealed partial class ConversationPage
{
    [Parameter]
    public Guid? ConversationId { get; set; }

    [Parameter]
    public Guid? MemberId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ClubConversations Conversations { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ExpertClubResource> L { get; set; } = default!;

    [Inject]
    private ClubText Text { get; set; } = default!;

    private ClaimsPrincipal _user = new();
    private ConversationView? _view;
    private List<DirectMessageView> _messages = [];
    private bool _notFound;
    private string? _error;
    private IDisposable? _subscription;
    private Guid? _subscribedTo;

    protected override async Task OnParametersSetAsync()
    {
        _user = (await AuthenticationState).User;
        var opened = ConversationId is { } id ? await Conversations.OpenAsync(_user, id) : await Conversations.OpenWithAsync(_user, MemberId!.Value);
        (_view, _notFound, _error) = (null, false, null);
        if (!opened.IsSuccess)
        {
            if (opened.Error == CommonErrors.NotFound) _notFound = true;
            else _error = Text.For(opened.Error!);
            return;
        }
        _view = opened.Value;
        _messages = [.. _view.Messages];
        Follow(_view.Id);
    }

    /// <summary>Hears the conversation's new messages (once it exists); one subscription at a time.</summary>
    private void Follow(Guid? conversationId)
    {
        if (!RendererInfo.IsInteractive || conversationId is null || _subscribedTo == conversationId) return;
        _subscription?.Dispose();
        _subscribedTo = conversationId;
        _subscription = Bus.Subscribe(ClubConversations.LiveTopicOf(conversationId.Value), change => InvokeAsync(() => ReceiveAsync(change)));
    }

    private async Task ReceiveAsync(object change)
    {
        try
        {
            if (change is not DirectMessageEvent received || _messages.Any(m => m.Id == received.Message.Id)) return;
            _messages.Add(received.Message);
            StateHasChanged();
            if (received.Message.AuthorId != _user.MemberId()) await Conversations.MarkReadAsync(_user, received.ConversationId);
        }
        catch (Exception exception)
        {
            await DispatchExceptionAsync(exception);
        }
    }

    private async Task<Result> SendAsync(string text, IReadOnlyList<Guid> attachments)
    {
        if (_view is null) return CommonErrors.NotFound;
        var sent = await Conversations.SendAsync(_user, _view.OtherId, text);
        if (!sent.IsSuccess) return sent;
        if (_messages.All(m => m.Id != sent.Value.Message.Id)) _messages.Add(sent.Value.Message);
        StateHasChanged(); // the composer calls a delegate, not an event callback: this page would not render by itself
        if (_view.Id is null)
        {
            _view = _view with { Id = sent.Value.ConversationId };
            Follow(_view.Id);
            Navigation.NavigateTo(ClubLinks.Conversation(sent.Value.ConversationId), new NavigationOptions { ReplaceHistoryEntry = true });
        }
        return Result.Success();
    }

    public void Dispose() => _subscription?.Dispose();
}
