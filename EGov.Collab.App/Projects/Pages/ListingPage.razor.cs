using EGov.Collab.App.Common.Documents;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Projects.Pages;

public sealed partial class ListingPage
{
    [Inject] private ListingService Listings { get; set; } = default!;
    [Inject] private InterestService Interests { get; set; } = default!;
    [Inject] private ListingAttachments Attachments { get; set; } = default!;
    [Inject] private IProjectPractices Practices { get; set; } = default!;

    [Parameter] public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "renew")]
    private int? Renew { get; set; }

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private ListingPageView? _view;
    private IReadOnlyList<PracticeLink> _practices = [];
    private bool _loading = true;
    private bool _busy;
    private string? _message;
    private bool _failed;
    private string? _reason;
    private bool _reasonError;
    private string? _interestMessage;
    private string? _interestError;

    private static bool English => Culture.TwoLetterISOLanguageName == "en";

    private bool RenewRequested => Renew == 1;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        if (_view is null && HttpContext is not null) HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        _loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Counted once per interactive opening (prerendering does not run this), for the author's dashboard.
        if (firstRender && _view is not null) await Listings.RecordViewAsync(Id, await UserAsync());
    }

    private async Task LoadAsync()
    {
        _view = await Listings.ReadAsync(Id, await UserAsync());
        _practices = _view?.Listing.Kind == ListingKind.Solution ? await Practices.UsingSolutionAsync(Id, CancellationToken.None) : [];
    }

    private async Task RunAsync(Func<Task<Result>> action, string doneKey)
    {
        if (_busy) return;
        _busy = true;
        try
        {
            var result = await action();
            _failed = !result.IsSuccess;
            _message = result.IsSuccess ? P[doneKey] : P[result.Error!.Code];
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ModerateAsync(bool approve)
    {
        _reasonError = false;
        if (!approve && string.IsNullOrWhiteSpace(_reason))
        {
            _reasonError = true;
            return;
        }
        var user = await UserAsync();
        await RunAsync(() => Listings.ModerateAsync(user, Id, approve, _reason), approve ? "Moderation.Done.Approved" : "Moderation.Done.Rejected");
    }

    private async Task RenewAsync()
    {
        var user = await UserAsync();
        await RunAsync(() => Listings.RenewAsync(user, Id), "Listing.Done.Renewed");
    }

    private async Task ArchiveAsync()
    {
        var user = await UserAsync();
        await RunAsync(() => Listings.ArchiveAsync(user, Id), "Listing.Done.Archived");
    }

    private async Task EndorseAsync()
    {
        var user = await UserAsync();
        await RunAsync(() => Interests.EndorseAsync(user, Id), "Listing.Done.Endorsed");
    }

    private async Task FollowAsync()
    {
        var user = await UserAsync();
        await RunAsync(async () =>
        {
            var result = await Interests.ToggleFollowAsync(user, Id);
            return result.IsSuccess ? Result.Success() : result.Error!;
        }, _view!.IsFollowing ? "Listing.Done.Unfollowed" : "Listing.Done.Followed");
    }

    private async Task ExpressInterestAsync()
    {
        _interestError = null;
        var user = await UserAsync();
        if (_busy) return;
        _busy = true;
        try
        {
            var result = await Interests.ExpressAsync(user, Id, _interestMessage);
            if (!result.IsSuccess && result.Error!.Field == "Message")
            {
                _interestError = P[result.Error.Code == CommonErrors.TooLong("Message").Code ? "Validation.TooLong" : "Interest.MessageRequired"];
                return;
            }
            _failed = !result.IsSuccess;
            _message = result.IsSuccess ? P["Interest.Done"] : P[result.Error!.Code];
            if (result.IsSuccess) _interestMessage = null;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AttachAsync(StoredDocument document)
    {
        var user = await UserAsync();
        await RunAsync(() => Attachments.AttachAsync(user, Id, document), "Listing.Done.Attached");
    }
}
