using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Readiness;

/// <summary>
/// Reminds the respondents whose questionnaire is still in progress (or returned) that the campaign's deadline is near:
/// under the bell, and by mail as they chose. A reminder goes out once per deadline; two runs cannot both send.
/// </summary>
public sealed class ReadinessDeadlineReminderJob(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, INotifier notifier,
    ILogger<ReadinessDeadlineReminderJob> logger)
{
    public const string Id = "readiness-deadline-reminders";
    public const string Cron = "20 * * * *";
    public static readonly TimeSpan Lead = TimeSpan.FromDays(3);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Lead;
        List<int> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.ReadinessCampaigns.Where(c => c.DeadlineReminderSentAt == null && c.Deadline > now && c.Deadline <= horizon)
                .Select(c => c.Year).ToListAsync(cancellationToken);
        }
        foreach (var year in due) await RemindAsync(year, cancellationToken);
    }

    /// <summary>Claims the reminder with one conditional update first, then tells each respondent still at work.</summary>
    public async Task RemindAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.ReadinessCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Year == year, cancellationToken);
        var now = clock.GetUtcNow();
        if (campaign is null || !campaign.DeadlineReminderDue(now, Lead)) return;
        var claimed = await db.ReadinessCampaigns.Where(c => c.Id == campaign.Id && c.DeadlineReminderSentAt == null && c.Deadline == campaign.Deadline)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.DeadlineReminderSentAt, now), cancellationToken);
        if (claimed == 0) return;
        var open = await (from q in db.ReadinessQuestionnaires
                          where q.Year == year && (q.Status == QuestionnaireStatus.InProgress || q.Status == QuestionnaireStatus.Returned)
                          join b in db.ReadinessBodies on q.BodyId equals b.Id
                          join m in db.Users on q.RespondentId equals m.Id
                          select new { q.RespondentId, b.NameUk, m.PreferredCulture }).ToListAsync(cancellationToken);
        foreach (var respondent in open)
        {
            string until;
            using (RecipientCulture.Use(respondent.PreferredCulture))
                until = PortalTime.ToKyiv(campaign.Deadline!.Value).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.CurrentCulture);
            await SendAsync(respondent.RespondentId, [respondent.NameUk, year.ToString(System.Globalization.CultureInfo.InvariantCulture), until], cancellationToken);
        }
    }

#pragma warning disable CA1031 // One respondent's failure does not stop the others; it is logged.
    private async Task SendAsync(Guid respondentId, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.NotifyAsync(respondentId, NotificationTypes.ReadinessDeadlineSoon, arguments, "/readiness/questionnaire", cancellationToken: cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not remind respondent {RespondentId} of the readiness deadline", respondentId);
        }
    }
#pragma warning restore CA1031
}
