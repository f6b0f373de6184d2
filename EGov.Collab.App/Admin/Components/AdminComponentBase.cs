using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EGov.Collab.App.Admin.Components;

/// <summary>What every administration component needs: the acting user, both localisers, and result reporting.</summary>
public abstract class AdminComponentBase : PortalComponentBase
{
    [Inject]
    protected IStringLocalizer<AdminResource> L { get; set; } = default!;

    /// <summary>Shared labels: module names, roles, organisation kinds, Domain error codes.</summary>
    [Inject]
    protected IStringLocalizer<SharedResource> S { get; set; } = default!;

    [Inject]
    protected AdminMessages Messages { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IDialogService DialogService { get; set; } = default!;

    protected string ModuleName(ModuleKey module) => S[ModuleText.Name(module)];

    protected string RoleName(ModuleRole role) => S[ModuleText.Role(role)];

    /// <summary>Shows the outcome in a snackbar; true when it succeeded.</summary>
    protected bool Report(Result result, string successKey)
    {
        if (result.IsSuccess)
        {
            Snackbar.Add(L[successKey], Severity.Success);
            return true;
        }
        Snackbar.Add(Messages.For(result.Error!), Severity.Error);
        return false;
    }

    /// <summary>Asks before an action that is hard to undo; true only for an explicit yes.</summary>
    protected async Task<bool> ConfirmAsync(string title, string message, string yes)
    {
        var answer = await DialogService.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: L["Admin.Cancel"]);
        return answer == true;
    }
}
