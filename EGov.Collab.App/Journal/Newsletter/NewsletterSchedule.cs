using System.Security.Claims;
using Cronos;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>The administrator's schedule for the recurring job <c>newsletter</c> (Kyiv time), and whether issues go out without approval.</summary>
public sealed class NewsletterSchedule(
    IDbContextFactory<CollabDbContext> dbFactory,
    IRecurringJobManager recurring,
    JournalAccess access,
    IOptions<NewsletterOptions> options,
    TimeProvider clock,
    ILogger<NewsletterSchedule> logger)
{
    public const string JobId = "newsletter";

    public static bool IsValidCron(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron) || cron.Length > NewsletterSettings.CronMaxLength) return false;
        return CronExpression.TryParse(cron.Trim(), CronFormat.Standard, out _);
    }

    /// <summary>The next few runs, in Kyiv time, to show the administrator what the expression means.</summary>
    public static IReadOnlyList<DateTimeOffset> NextRuns(string cron, DateTimeOffset from, int count)
    {
        if (!IsValidCron(cron)) return [];
        var expression = CronExpression.Parse(cron.Trim(), CronFormat.Standard);
        return expression.GetOccurrences(from.UtcDateTime, from.UtcDateTime.AddYears(2), PortalTime.Kyiv, fromInclusive: false)
            .Take(count)
            .Select(o => PortalTime.ToKyiv(new DateTimeOffset(o, TimeSpan.Zero)))
            .ToList();
    }

    public async Task<NewsletterSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken)
            ?? NewsletterSettings.CreateDefault(clock.GetUtcNow());
    }

    public async Task<Result> ChangeAsync(ClaimsPrincipal user, string? cron, bool autoSend, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        if (!IsValidCron(cron)) return JournalErrors.CronInvalid;
        await SaveAsync(cron!, autoSend, user.MemberId(), cancellationToken);
        Register(cron!);
        return Result.Success();
    }

    /// <summary>At start-up: Newsletter:Cron / Newsletter:AutoSend win over the stored settings; then the job is registered.</summary>
    public async Task ApplyAtStartupAsync(CancellationToken cancellationToken)
    {
        var current = await GetAsync(cancellationToken);
        var cron = current.Cron;
        var autoSend = current.AutoSend;
        var configured = options.Value;
        if (!string.IsNullOrWhiteSpace(configured.Cron))
        {
            if (IsValidCron(configured.Cron)) cron = configured.Cron.Trim();
            else logger.LogError("Newsletter:Cron '{Cron}' is not a valid cron expression; keeping '{Current}'.", configured.Cron, cron);
        }
        if (configured.AutoSend is not null) autoSend = configured.AutoSend.Value;
        await SaveAsync(cron, autoSend, null, cancellationToken);
        Register(cron);
    }

    private void Register(string cron) =>
        recurring.AddOrUpdate<NewsletterJob>(JobId, job => job.RunAsync(CancellationToken.None), cron.Trim(),
            new RecurringJobOptions { TimeZone = PortalTime.Kyiv });

    private async Task SaveAsync(string cron, bool autoSend, Guid? byId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.NewsletterSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = NewsletterSettings.CreateDefault(now);
            db.NewsletterSettings.Add(settings);
        }
        var before = $"{settings.Cron} auto={settings.AutoSend}";
        if (settings.Cron == cron.Trim() && settings.AutoSend == autoSend && byId is null && db.Entry(settings).State != EntityState.Added) return;
        settings.Change(cron, autoSend, byId, now);
        if (byId is not null)
            db.AuditEntries.Add(AuditEntry.Record(byId, ModuleKey.Journal, "journal.newsletter.schedule", "newsletter:settings", before, $"{settings.Cron} auto={autoSend}", now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
