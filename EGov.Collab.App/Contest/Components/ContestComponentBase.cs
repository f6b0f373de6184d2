using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Contest.Components;

/// <summary>What every contest component needs: the acting user, the contest's texts, error messages.</summary>
public abstract class ContestComponentBase : PortalComponentBase
{
    [Inject]
    protected IStringLocalizer<ContestResource> L { get; set; } = default!;

    [Inject]
    protected ContestMessages Messages { get; set; } = default!;

    protected string PhaseName(ContestPhase phase) => L[$"Contest.Phase.{phase}"];

    protected string Error(Result result) => result.Error is null ? "" : Messages.For(result.Error);

    [Inject]
    protected MudBlazor.IDialogService Dialogs { get; set; } = default!;

    /// <summary>The status a page answers when it says why it shows nothing: 404 for "not found", 403 for "forbidden".</summary>
    protected static int StatusFor(Error error) =>
        error == CommonErrors.NotFound ? Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound
        : error == CommonErrors.Forbidden ? Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden
        : Microsoft.AspNetCore.Http.StatusCodes.Status200OK;

    protected static string Score(double? value) => value is { } v ? v.ToString("0.0", Culture) : "—";

    /// <summary>Asks before an irreversible step, saying what it does; true only for an explicit yes.</summary>
    protected async Task<bool> ConfirmAsync(string title, string whatHappens, string yes)
    {
        var answer = await Dialogs.ShowMessageBoxAsync(title, whatHappens, yesText: yes, cancelText: L["Contest.Confirm.Cancel"]);
        return answer == true;
    }
}
