using EGov.Collab.App.Learning.Components;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EGov.Collab.App.Learning.Pages;

/// <summary>The trainer's desk for one cohort. The ZIP's progress arrives live on the cohort's batch topic.</summary>
public partial class CohortPage
{
    [Parameter]
    public Guid CohortId { get; set; }

    [Inject]
    private CohortDesk Cohorts { get; set; } = default!;

    [Inject]
    private CertificateBatches Batches { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private CohortEditing Editing { get; set; } = default!;

    [Inject]
    private IDialogService DialogService { get; set; } = default!;

    [Inject]
    private EGov.Collab.App.Common.PublicLinks Links { get; set; } = default!;

    private CohortProgress? _progress;
    private BatchProgress? _batch;
    private IDisposable? _subscription;
    private string? _error;
    private bool _notFound;
    private string? _notice;
    private string? _email;
    private string _batchCulture = "uk-UA";
    private CohortForm? _editForm;
    private Domain.Common.Error? _fieldError;
    private bool _busy;

    private bool HasError(string field) => _fieldError?.Field == field;

    private string? ErrorFor(string field) => HasError(field) ? ErrorText(_fieldError!) : null;

    private void ToggleEdit()
    {
        _editForm = _editForm is null && _progress is not null ? CohortForm.From(_progress.Cohort) : null;
        _fieldError = null;
    }

    private async Task SaveCohortAsync()
    {
        if (_busy || _editForm is null) return;
        _busy = true;
        try
        {
            var result = await Editing.UpdateAsync(await UserAsync(), CohortId, _editForm);
            // A refusal about one field shows beside it, anything else above; the form keeps what was typed.
            _fieldError = result.Error is { Field: not null } ? result.Error : null;
            if (result.IsSuccess) _editForm = null;
            if (_fieldError is null) await Report(result, "Learning.CohortEdit.Saved");
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CloseCohortAsync()
    {
        if (_busy) return;
        _busy = true;
        try
        {
            await Report(await Editing.CloseAsync(await UserAsync(), CohortId), "Learning.CohortEdit.Closed");
        }
        finally
        {
            _busy = false;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        _batchCulture = IsEnglish ? "en-US" : "uk-UA";
        _subscription?.Dispose();
        _subscription = Bus.Subscribe(CertificateBatches.TopicOf(CohortId), _ => InvokeAsync(async () =>
        {
            try
            {
                _batch = await Batches.LatestAsync(CohortId);
                StateHasChanged();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await DispatchExceptionAsync(exception);
            }
        }));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Cohorts.ProgressAsync(await UserAsync(), CohortId);
        if (result.IsSuccess)
        {
            _progress = result.Value;
        }
        else
        {
            _error = ErrorText(result.Error!);
            _notFound = result.Error == CommonErrors.NotFound;
        }

        _batch = await Batches.LatestAsync(CohortId);
    }

    private async Task Report(Domain.Common.Result result, string successKey)
    {
        _error = result.IsSuccess ? null : ErrorText(result.Error!);
        _notice = result.IsSuccess ? L[successKey].Value : null;
        if (result.IsSuccess) await LoadAsync();
    }

    private async Task EnrolAsync()
    {
        var result = await Cohorts.EnrolByEmailAsync(await UserAsync(), CohortId, _email);
        if (result.IsSuccess) _email = null;
        await Report(result, "Learning.Cohort.Enrolled");
    }

    private async Task MarkAsync(LearnerProgressRow row, bool present) =>
        await Report(await Cohorts.MarkAttendanceAsync(await UserAsync(), CohortId, row.LearnerId, _progress!.Today, present), "Learning.Cohort.AttendanceSaved");

    private async Task IssueAsync(LearnerProgressRow row)
    {
        var result = await Cohorts.IssueAsync(await UserAsync(), CohortId, row.LearnerId);
        await Report(result.IsSuccess ? Domain.Common.Result.Success() : result.Error!, "Learning.Cohort.Issued");
    }

    private async Task RevokeAsync(LearnerProgressRow row)
    {
        var parameters = new DialogParameters<RevokeDialog>
        {
            { d => d.Number, row.CertificateNumber ?? "" },
            { d => d.Holder, row.Name },
        };
        var dialog = await DialogService.ShowAsync<RevokeDialog>(L["Learning.Revoke.Title"], parameters);
        var answer = await dialog.Result;
        if (answer is null || answer.Canceled || answer.Data is not string reason) return;
        await Report(await Cohorts.RevokeAsync(await UserAsync(), row.CertificateId!.Value, reason), "Learning.Revoke.Done");
    }

    private async Task RequestBatchAsync()
    {
        var result = await Batches.RequestAsync(await UserAsync(), CohortId, _batchCulture, Links.BaseUrl + "/");
        _error = result.IsSuccess ? null : ErrorText(result.Error!);
        _batch = await Batches.LatestAsync(CohortId);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
