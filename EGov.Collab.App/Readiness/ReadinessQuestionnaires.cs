using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Readiness;

/// <summary>A questionnaire with what it is answered against.</summary>
public sealed record QuestionnaireView(Questionnaire Questionnaire, ReadinessBody Body, MethodologyDefinition Definition, RatingModel Model)
{
    /// <summary>The campaign's deadline, when one is set (shown to the respondent).</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The deadline passed while the questionnaire was still in progress: it is shown, locked, and takes no answers.</summary>
    public bool ClosedByDeadline { get; init; }

    /// <summary>The respondent may still answer and submit.</summary>
    public bool AcceptsAnswers => Questionnaire.IsEditable && !ClosedByDeadline;
}

/// <summary>A line of the reviewers' list.</summary>
public sealed record ReviewRow(Guid Id, string BodyUk, string BodyEn, BodyGroup Group, QuestionnaireStatus Status, int Answered, DateTimeOffset? SubmittedAt);

/// <summary>
/// Filling in (respondents, their own body's questionnaire only) and reviewing (reviewers) questionnaires. Every
/// refusal is a Result/Error; a refused answer leaves the stored one as it was, and the page keeps what was typed.
/// </summary>
public sealed class ReadinessQuestionnaires(IDbContextFactory<CollabDbContext> dbFactory, ReadinessAccess access, INotifier notifier, TimeProvider clock, ISearchIndexer search)
{
    /// <summary>The signed-in respondent's questionnaire of the latest campaign they are invited to (or of <paramref name="year"/>).</summary>
    public async Task<QuestionnaireView?> MineAsync(ClaimsPrincipal user, int? year = null, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null || !await access.IsRespondentAsync(user, cancellationToken)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var questionnaire = await db.ReadinessQuestionnaires.AsNoTracking()
            .Where(q => q.RespondentId == memberId && (year == null || q.Year == year))
            .OrderByDescending(q => q.Year).FirstOrDefaultAsync(cancellationToken);
        if (questionnaire is null) return null;
        var campaign = await db.ReadinessCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Year == questionnaire.Year, cancellationToken);
        var closed = questionnaire.Status == QuestionnaireStatus.InProgress && campaign?.DeadlinePassed(clock.GetUtcNow()) == true;
        return await ViewAsync(db, questionnaire, cancellationToken) is { } view ? view with { Deadline = campaign?.Deadline, ClosedByDeadline = closed } : null;
    }

    public async Task<Result> SaveAnswerAsync(ClaimsPrincipal user, Guid questionnaireId, string indicatorCode, decimal? value, string? evidenceUrl, CancellationToken cancellationToken = default) =>
        await AsRespondentAsync(user, questionnaireId, (q, model, _) => q.SaveAnswer(model, indicatorCode, value, evidenceUrl, clock.GetUtcNow()), null, cancellationToken);

    /// <summary>Submits when complete; otherwise every problem comes back and nothing changes.</summary>
    public async Task<IReadOnlyList<Error>> SubmitAsync(ClaimsPrincipal user, Guid questionnaireId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Error> errors = [];
        var result = await AsRespondentAsync(user, questionnaireId, (q, model, _) =>
        {
            var submitted = q.Submit(model, clock.GetUtcNow());
            errors = submitted.Errors;
            return submitted.IsValid ? Result.Success() : submitted.Errors[0];
        }, "readiness.questionnaire-submitted", cancellationToken);
        return result.IsSuccess ? [] : errors.Count > 0 ? errors : [result.Error!];
    }

    public async Task<IReadOnlyList<ReviewRow>> ReviewQueueAsync(ClaimsPrincipal user, int year, CancellationToken cancellationToken = default)
    {
        if (!await access.IsReviewerAsync(user, cancellationToken)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from q in db.ReadinessQuestionnaires.AsNoTracking()
                          join b in db.ReadinessBodies on q.BodyId equals b.Id
                          where q.Year == year
                          select new { q, b }).ToListAsync(cancellationToken);
        return [.. rows
            .Select(x => new ReviewRow(x.q.Id, x.b.NameUk, x.b.NameEn, x.b.Group, x.q.Status, x.q.Answers.Count(a => a.Value != null), x.q.SubmittedAt))
            .OrderBy(r => r.Status == QuestionnaireStatus.Submitted ? 0 : 1).ThenBy(r => r.BodyUk, StringComparer.Create(new System.Globalization.CultureInfo("uk-UA"), false))];
    }

    public async Task<QuestionnaireView?> ForReviewAsync(ClaimsPrincipal user, Guid questionnaireId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsReviewerAsync(user, cancellationToken)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var questionnaire = await db.ReadinessQuestionnaires.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionnaireId, cancellationToken);
        return questionnaire is null ? null : await ViewAsync(db, questionnaire, cancellationToken);
    }

    /// <summary>Returns for correction with comments per question; a comment on a question not in the model is refused.</summary>
    public async Task<Result> ReturnAsync(ClaimsPrincipal user, Guid questionnaireId, IReadOnlyList<(string IndicatorCode, string Text)> comments, CancellationToken cancellationToken = default)
    {
        var result = await AsReviewerAsync(user, questionnaireId, (q, model, reviewerId) => q.Return(model, comments, reviewerId, clock.GetUtcNow()), "readiness.questionnaire-returned", cancellationToken);
        if (result.IsSuccess) await NotifyRespondentAsync(questionnaireId, NotificationTypes.ReadinessReturned, cancellationToken);
        return result;
    }

    /// <summary>Verifies and locks: from now on the questionnaire refuses every change and counts in the results.</summary>
    public async Task<Result> VerifyAsync(ClaimsPrincipal user, Guid questionnaireId, CancellationToken cancellationToken = default)
    {
        var result = await AsReviewerAsync(user, questionnaireId, (q, _, reviewerId) => q.Verify(reviewerId, clock.GetUtcNow()), "readiness.questionnaire-verified", cancellationToken);
        if (result.IsSuccess) await NotifyRespondentAsync(questionnaireId, NotificationTypes.ReadinessVerified, cancellationToken);
        return result;
    }

    private async Task NotifyRespondentAsync(Guid questionnaireId, NotificationType type, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (from q in db.ReadinessQuestionnaires
                           join b in db.ReadinessBodies on q.BodyId equals b.Id
                           where q.Id == questionnaireId
                           select new { q.RespondentId, q.Year, b.NameUk }).SingleAsync(cancellationToken);
        await notifier.NotifyAsync(found.RespondentId, type, [found.NameUk, found.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            "/readiness/questionnaire", cancellationToken: cancellationToken);
    }

    private async Task<Result> AsRespondentAsync(ClaimsPrincipal user, Guid questionnaireId, Func<Questionnaire, RatingModel, Guid, Result> act, string? audit, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        if (memberId is null || !await access.IsRespondentAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (await ClosedByDeadlineAsync(questionnaireId, cancellationToken)) return ReadinessErrors.DeadlinePassed;
        return await ChangeAsync(questionnaireId, memberId.Value, q => q.RespondentId == memberId, act, audit, cancellationToken);
    }

    /// <summary>The questionnaire is still in progress and its campaign's deadline has passed.</summary>
    private async Task<bool> ClosedByDeadlineAsync(Guid questionnaireId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await (from q in db.ReadinessQuestionnaires
                              join c in db.ReadinessCampaigns on q.Year equals c.Year
                              where q.Id == questionnaireId && q.Status == QuestionnaireStatus.InProgress
                              select c).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return campaign?.DeadlinePassed(clock.GetUtcNow()) == true;
    }

    private async Task<Result> AsReviewerAsync(ClaimsPrincipal user, Guid questionnaireId, Func<Questionnaire, RatingModel, Guid, Result> act, string audit, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        if (memberId is null || !await access.IsReviewerAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        return await ChangeAsync(questionnaireId, memberId.Value, _ => true, act, audit, cancellationToken);
    }

    private async Task<Result> ChangeAsync(Guid questionnaireId, Guid actorId, Func<Questionnaire, bool> allowed, Func<Questionnaire, RatingModel, Guid, Result> act, string? audit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var questionnaire = await db.ReadinessQuestionnaires.SingleOrDefaultAsync(q => q.Id == questionnaireId, cancellationToken);
        if (questionnaire is null) return CommonErrors.NotFound;
        if (!allowed(questionnaire)) return CommonErrors.Forbidden;
        var methodology = await db.ReadinessMethodologies.AsNoTracking().SingleOrDefaultAsync(m => m.Year == questionnaire.Year, cancellationToken);
        if (methodology is null) return ReadinessErrors.MethodologyMissing;

        var before = questionnaire.Status;
        var result = act(questionnaire, methodology.Model(), actorId);
        if (!result.IsSuccess) return result;
        if (audit is not null)
            db.AuditEntries.Add(AuditEntry.Record(actorId, ModuleKey.Readiness, audit, $"questionnaire:{questionnaire.Id}", before.ToString(), questionnaire.Status.ToString(), clock.GetUtcNow()));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.IsSuccess) return saved;
        // A questionnaire verified (or sent back) after its year's results were published changes who is in them.
        if (questionnaire.Status != before)
            await search.RefreshAsync(ModuleKey.Readiness, questionnaire.Year.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return Result.Success();
    }

    private static async Task<QuestionnaireView?> ViewAsync(CollabDbContext db, Questionnaire questionnaire, CancellationToken cancellationToken)
    {
        var body = await db.ReadinessBodies.AsNoTracking().SingleAsync(b => b.Id == questionnaire.BodyId, cancellationToken);
        var methodology = await db.ReadinessMethodologies.AsNoTracking().SingleOrDefaultAsync(m => m.Year == questionnaire.Year, cancellationToken);
        return methodology is null ? null : new QuestionnaireView(questionnaire, body, methodology.Definition, methodology.Model());
    }
}
