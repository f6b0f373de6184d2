using EGov.Collab.App.Admin.Components;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EGov.Collab.App.Admin.Pages;

public partial class OrganisationsPage
{
    [Inject]
    private OrganisationAdministration Organisations { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>?status=Pending comes from the home page's card.</summary>
    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusQuery { get; set; }

    /// <summary>?id= shows one organisation, as linked from the audit log and member pages.</summary>
    [SupplyParameterFromQuery(Name = "id")]
    private Guid? Id { get; set; }

    private OrganisationStatus? Status { get; set; }

    private MudTable<OrganisationRow>? _table;
    private string? _search;
    private string? _error;
    private bool _busy;

    protected override async Task OnParametersSetAsync()
    {
        Status = Enum.TryParse<OrganisationStatus>(StatusQuery, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
        // The table loads itself on first render; later query changes (same page, new ?id=) need a reload.
        await ReloadAsync();
    }

    private async Task<TableData<OrganisationRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var query = new OrganisationQuery(Status, _search, state.Page, state.PageSize, Id);
        var result = await Organisations.ListAsync(await UserAsync(), query, cancellationToken);
        _error = result.IsSuccess ? null : Messages.For(result.Error!);
        return result.IsSuccess
            ? new TableData<OrganisationRow> { Items = result.Value.Items, TotalItems = result.Value.TotalCount }
            : new TableData<OrganisationRow> { Items = [], TotalItems = 0 };
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task StatusChangedAsync(OrganisationStatus? status)
    {
        Status = status;
        await ReloadAsync();
    }

    private async Task SearchChangedAsync(string? search)
    {
        _search = search;
        await ReloadAsync();
    }

    private Task ShowAllAsync()
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("id", (Guid?)null));
        return Task.CompletedTask;
    }

    private Task CreateAsync() => OpenDialogAsync(null);

    private Task EditAsync(OrganisationRow row) => OpenDialogAsync(row);

    private async Task OpenDialogAsync(OrganisationRow? row)
    {
        var parameters = new DialogParameters<OrganisationDialog> { { d => d.Existing, row } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var title = row is null ? L["Admin.Organisations.Create"] : L["Admin.Organisations.Edit"];
        var dialog = await DialogService.ShowAsync<OrganisationDialog>(title, parameters, options);
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add(L[row is null ? "Admin.Organisations.Created" : "Admin.Organisations.Saved"], Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task ApproveAsync(OrganisationRow row)
    {
        _busy = true;
        try
        {
            Report(await Organisations.ApproveAsync(await UserAsync(), row.Id, row.Version), "Admin.Organisations.Approved");
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RejectAsync(OrganisationRow row)
    {
        var question = string.Format(Culture, L["Admin.Organisations.RejectQuestion"], row.Name);
        if (!await ConfirmAsync(L["Admin.Organisations.Reject"], question, L["Admin.Organisations.Reject"])) return;
        _busy = true;
        try
        {
            var result = await Organisations.RejectAsync(await UserAsync(), row.Id, row.Version);
            Report(result, "Admin.Organisations.Rejected");
            // Reload either way: after a concurrent change the row shows what is true now.
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private string StatusLabel(OrganisationStatus status) => L[$"Admin.OrganisationStatus.{status}"];

    private string StatusFilterLabel(OrganisationStatus? status) => status is { } value ? StatusLabel(value) : L["Admin.Organisations.AllStatuses"];

    private static Color StatusColor(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Pending => Color.Warning,
        OrganisationStatus.Approved => Color.Success,
        _ => Color.Default,
    };

    private static string RegionName(string code) => Regions.NameOf(code, System.Globalization.CultureInfo.CurrentUICulture);
}
