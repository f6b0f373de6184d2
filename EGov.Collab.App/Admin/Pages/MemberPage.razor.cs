using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Components;

namespace EGov.Collab.App.Admin.Pages;

public partial class MemberPage
{
    [Inject]
    private MemberAdministration Members { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    private MemberDetails? _member;
    private string? _error;
    private bool _notFound;
    private bool _busy;
    private Guid? _self;

    private bool IsLocked => _member?.LockedUntil > Clock.GetUtcNow();

    private bool IsSelf => _member?.Id == _self;

    private string AuditLink => "/admin/audit?subject=" + Uri.EscapeDataString(AuditSubjects.Member(Id));

    private string RegionName => string.IsNullOrEmpty(_member?.RegionCode) ? "—" : Regions.NameOf(_member.RegionCode, CultureInfo.CurrentUICulture);

    protected override async Task OnParametersSetAsync()
    {
        _self = (await UserAsync()).MemberId();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Members.GetAsync(await UserAsync(), Id);
        _member = result.IsSuccess ? result.Value : null;
        _error = result.IsSuccess ? null : Messages.For(result.Error!);
        _notFound = result.Error == CommonErrors.NotFound;
    }

    private Task ConfirmEmailAsync() =>
        RunAsync(user => Members.ConfirmEmailAsync(user, Id), "Admin.Member.EmailConfirmed");

    private async Task LockAsync()
    {
        if (!await ConfirmAsync(L["Admin.Member.Lock"], Format("Admin.Member.LockQuestion"), L["Admin.Member.Lock"])) return;
        await RunAsync(user => Members.LockAsync(user, Id), "Admin.Member.LockedDone");
    }

    private Task UnlockAsync() =>
        RunAsync(user => Members.UnlockAsync(user, Id), "Admin.Member.UnlockedDone");

    private Task MakeAdministratorAsync() =>
        RunAsync(user => Members.MakeAdministratorAsync(user, Id), "Admin.Member.AdministratorAdded");

    private async Task RemoveAdministratorAsync()
    {
        if (!await ConfirmAsync(L["Admin.Member.RemoveAdministrator"], Format("Admin.Member.RemoveAdministratorQuestion"), L["Admin.Member.RemoveAdministrator"])) return;
        await RunAsync(user => Members.RemoveAdministratorAsync(user, Id), "Admin.Member.AdministratorRemoved");
    }

    private string Format(string key) => string.Format(Culture, L[key], _member?.FullName);

    private async Task RunAsync(Func<ClaimsPrincipal, Task<Result>> action, string successKey)
    {
        _busy = true;
        try
        {
            Report(await action(await UserAsync()), successKey);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
