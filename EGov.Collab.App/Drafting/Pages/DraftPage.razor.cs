using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using EGov.Collab.App.Localization;

namespace EGov.Collab.App.Drafting.Pages;

/// <summary>
/// A draft's overview: the numbered text (read-only; the live editor is /edit), amendments with a live tally, comments,
/// versions, consultation and exports. Every open overview re-renders when someone acts on the draft.
/// </summary>
public sealed partial class DraftPage
{
    [Inject]
    private IStringLocalizer<DraftingResource> D { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Inject]
    private Drafts DraftService { get; set; } = default!;

    [Inject]
    private DraftingLive Live { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Parameter]
    public Guid DraftId { get; set; }

    private DraftView? _view;
    private bool _loaded;
    private int _refresh;
    private IDisposable? _subscription;
    private Guid _subscribedTo;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        if (_view is not null && _subscribedTo != DraftId)
        {
            _subscription?.Dispose();
            _subscribedTo = DraftId;
            _subscription = Live.Subscribe(DraftId, _ => InvokeAsync(async () =>
            {
                try
                {
                    await ReloadAsync();
                    StateHasChanged();
                }
                catch (Exception exception)
                {
                    await DispatchExceptionAsync(exception);
                }
            }));
        }
    }

    private async Task LoadAsync()
    {
        var view = await DraftService.ViewAsync((await AuthenticationState).User, DraftId);
        _view = view.IsSuccess ? view.Value : null;
        _loaded = true;
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        _refresh++;
    }

    public void Dispose() => _subscription?.Dispose();
}
