using System.Globalization;
using EGov.Collab.App.Common;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness.Pages;

/// <summary>
/// The respondent's questionnaire: each answer is saved when it changes (autosave); a refused answer stays in its
/// field with the reason beside it, so nothing typed is lost; submission lists every problem at once.
/// </summary>
public sealed partial class QuestionnairePage
{
    [Inject] private IStringLocalizer<ReadinessResource> L { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> Shared { get; set; } = default!;
    [Inject] private ReadinessQuestionnaires Questionnaires { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private readonly Dictionary<string, AnswerInput> _inputs = new(StringComparer.Ordinal);
    private QuestionnaireView? _view;
    private IReadOnlyList<Error> _submitErrors = [];
    private bool _loading = true;
    private bool _busy;
    private bool _uk;

    protected override async Task OnInitializedAsync()
    {
        _uk = ReadinessFormat.IsUkrainian();
        await ReloadAsync(keepInputs: false);
        _loading = false;
    }

    private async Task ReloadAsync(bool keepInputs)
    {
        var user = (await AuthenticationState).User;
        _view = await Questionnaires.MineAsync(user);
        if (_view is null) return;
        foreach (var indicator in _view.Definition.Indicators)
        {
            var answer = _view.Questionnaire.AnswerTo(indicator.Code);
            if (keepInputs && _inputs.ContainsKey(indicator.Code)) continue;
            _inputs[indicator.Code] = new AnswerInput
            {
                Value = answer?.Value?.ToString("0.####", CultureInfo.CurrentCulture),
                Evidence = answer?.EvidenceUrl,
            };
        }
    }

    private async Task OnValueAsync(string code, string? value)
    {
        _inputs[code].Value = value;
        await SaveAsync(code);
    }

    private async Task OnEvidenceAsync(string code, string? evidence)
    {
        _inputs[code].Evidence = evidence;
        await SaveAsync(code);
    }

    private async Task SaveAsync(string code)
    {
        if (_view is null) return;
        var input = _inputs[code];
        input.Saved = false;
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(input.Value))
        {
            if (!TryParse(input.Value, out var parsed))
            {
                input.Error = L["Questionnaire.NotANumber"];
                return;
            }
            value = parsed;
        }
        var user = (await AuthenticationState).User;
        var result = await Questionnaires.SaveAnswerAsync(user, _view.Questionnaire.Id, code, value, input.Evidence);
        input.Error = result.IsSuccess ? null : ReadinessText.Error(L, result.Error!);
        input.Saved = result.IsSuccess;
    }

    private async Task SubmitAsync()
    {
        if (_view is null) return;
        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            _submitErrors = await Questionnaires.SubmitAsync(user, _view.Questionnaire.Id);
            foreach (var input in _inputs.Values) input.Error = null;
            foreach (var error in _submitErrors.Where(e => e.Field is not null && _inputs.ContainsKey(e.Field)))
                _inputs[error.Field!].Error = ReadinessText.Error(L, error);
            await ReloadAsync(keepInputs: true);
        }
        finally
        {
            _busy = false;
        }
    }

    private static string DeadlineText(DateTimeOffset deadline) =>
        PortalTime.ToKyiv(deadline).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    private static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text.Trim().Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.CurrentCulture, out value)
        || decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    private sealed class AnswerInput
    {
        public string? Value { get; set; }
        public string? Evidence { get; set; }
        public string? Error { get; set; }
        public bool Saved { get; set; }
    }
}
