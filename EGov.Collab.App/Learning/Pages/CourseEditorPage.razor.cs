using System.Security.Claims;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.AspNetCore.Components;

namespace EGov.Collab.App.Learning.Pages;

/// <summary>The course editor: details, the outline in order, and one lesson or quiz open for editing at a time.</summary>
public partial class CourseEditorPage
{
    [Parameter]
    public Guid CourseId { get; set; }

    [Inject]
    private CourseAuthoring Authoring { get; set; } = default!;

    private CourseDraft? _draft;
    private CourseForm _details = new();
    private Error? _detailsRefusal;
    private LessonForm? _lesson;
    private QuizForm? _quiz;
    private string? _loadError;
    private bool _notFound;
    private string? _error;
    private string? _notice;
    private bool _busy;
    private string? _newSection;
    private string? _sectionError;
    private Guid? _renaming;
    private string? _renameTitle;
    private string? _renameError;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        if (_draft is not null) _details = CourseForm.From(_draft.Course);
    }

    private async Task LoadAsync()
    {
        var draft = await Authoring.DraftAsync(await UserAsync(), CourseId);
        if (draft.IsSuccess)
        {
            _draft = draft.Value;
            return;
        }
        _notFound = draft.Error == CommonErrors.NotFound;
        _loadError = ErrorText(draft.Error!);
    }

    /// <summary>Runs one change; a refusal is shown, success reloads the outline. The button stays disabled while it runs.</summary>
    private async Task<Result> RunAsync(Func<ClaimsPrincipal, Task<Result>> change, string? doneKey = null)
    {
        if (_busy) return Result.Success();
        _busy = true;
        try
        {
            var result = await change(await UserAsync());
            _error = result.IsSuccess || result.Error!.Field is not null ? null : ErrorText(result.Error!);
            _notice = result.IsSuccess && doneKey is not null ? L[doneKey].Value : null;
            if (result.IsSuccess) await LoadAsync();
            return result;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task PublishAsync(bool publish) =>
        await RunAsync(u => Authoring.SetPublishedAsync(u, CourseId, publish), publish ? "Learning.Author.PublishedDone" : "Learning.Author.UnpublishedDone");

    private async Task SaveDetailsAsync()
    {
        var result = await RunAsync(u => Authoring.UpdateAsync(u, CourseId, _details), "Learning.Author.Saved");
        _detailsRefusal = result.IsSuccess ? null : result.Error;
    }

    private async Task AddSectionAsync()
    {
        var result = await RunAsync(u => Authoring.AddSectionAsync(u, CourseId, _newSection));
        _sectionError = result.IsSuccess || result.Error!.Field is null ? null : ErrorText(result.Error!);
        if (result.IsSuccess) _newSection = null;
    }

    private void StartRename(CourseSection section)
    {
        _renaming = section.Id;
        _renameTitle = section.Title;
        _renameError = null;
    }

    private async Task RenameAsync()
    {
        if (_renaming is not { } id) return;
        var result = await RunAsync(u => Authoring.RenameSectionAsync(u, CourseId, id, _renameTitle));
        _renameError = result.IsSuccess || result.Error!.Field is null ? null : ErrorText(result.Error!);
        if (result.IsSuccess) _renaming = null;
    }

    private void NewLesson(Guid sectionId)
    {
        _quiz = null;
        _lesson = new LessonForm { SectionId = sectionId };
    }

    private void NewQuiz(Guid sectionId)
    {
        _lesson = null;
        _quiz = new QuizForm { SectionId = sectionId };
    }

    private async Task EditStepAsync(AuthoringStep step)
    {
        var user = await UserAsync();
        if (step.IsQuiz)
        {
            var form = await Authoring.QuizFormAsync(user, CourseId, step.Id);
            _lesson = null;
            _quiz = form.IsSuccess ? form.Value : null;
            _error = form.IsSuccess ? null : ErrorText(form.Error!);
        }
        else
        {
            var form = await Authoring.LessonFormAsync(user, CourseId, step.Id);
            _quiz = null;
            _lesson = form.IsSuccess ? form.Value : null;
            _error = form.IsSuccess ? null : ErrorText(form.Error!);
        }
    }

    private async Task RemoveStepAsync(AuthoringStep step)
    {
        var result = await RunAsync(u => step.IsQuiz ? Authoring.RemoveQuizAsync(u, CourseId, step.Id) : Authoring.RemoveLessonAsync(u, CourseId, step.Id),
            "Learning.Author.Removed");
        if (result.IsSuccess && (_lesson?.Id == step.Id || _quiz?.Id == step.Id)) CloseEditor();
    }

    private async Task StepSavedAsync()
    {
        _notice = L["Learning.Author.Saved"];
        _error = null;
        CloseEditor();
        await LoadAsync();
    }

    private void CloseEditor()
    {
        _lesson = null;
        _quiz = null;
    }
}
