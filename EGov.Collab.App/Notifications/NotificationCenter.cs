using System.Globalization;
using EGov.Collab.App.Live;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Notifications;

public sealed record NotificationView(Guid Id, ModuleKey? Module, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>A member's notification count or list changed; the bell and the list re-read.</summary>
public sealed record NotificationsChanged(Guid MemberId);

/// <summary>
/// In-app notifications for every module: a module calls <see cref="NotifyAsync"/> with a text key from
/// NotificationsResource and its arguments; members see them under the bell and at /notifications, and by email
/// when they chose to. Each change is published on <see cref="TopicOf"/> for that member's open circuits.
/// </summary>
public sealed class NotificationCenter(
    IDbContextFactory<CollabDbContext> dbFactory,
    ILiveBus bus,
    IMailSender mail,
    IStringLocalizer<NotificationsResource> text,
    TimeProvider clock,
    ILogger<NotificationCenter> logger)
{
    public const int ListSize = 100;

    public static string TopicOf(Guid memberId) => $"notifications:{memberId:N}";

    public async Task NotifyAsync(IReadOnlyCollection<Guid> memberIds, ModuleKey? module, string textKey, IReadOnlyList<string> arguments, string link, CancellationToken cancellationToken = default)
    {
        if (memberIds.Count == 0) return;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Notifications.AddRange(memberIds.Distinct().Select(id => Notification.Create(id, module, textKey, arguments, link, now)));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var memberId in memberIds.Distinct())
            await bus.PublishAsync(TopicOf(memberId), new NotificationsChanged(memberId));

        var byEmail = await (from settings in db.NotificationSettings
                             join member in db.Users on settings.MemberId equals member.Id
                             where settings.ByEmail && memberIds.Contains(settings.MemberId) && member.EmailConfirmed && member.Email != null
                             select new { member.Email, member.PreferredCulture }).ToListAsync(cancellationToken);
        foreach (var recipient in byEmail)
        {
            try
            {
                await mail.SendAsync(Compose(recipient.Email!, recipient.PreferredCulture, textKey, arguments, link), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or MailKit.ServiceNotConnectedException or System.Net.Sockets.SocketException)
            {
                // The in-app notification is saved; a mail server being down must not undo it.
                logger.LogWarning(exception, "Could not email a notification to {Recipient}.", recipient.Email);
            }
        }
    }

    public async Task<int> UnreadCountAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.MemberId == memberId && n.ReadAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<NotificationView>> ListAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.MemberId == memberId)
            .OrderByDescending(n => n.CreatedAt).Take(ListSize).ToListAsync(cancellationToken);
        return rows.Select(n => new NotificationView(n.Id, n.Module, Format(n.TextKey, n.ArgumentList), n.Link, n.CreatedAt, n.IsRead)).ToList();
    }

    public async Task MarkReadAsync(Guid memberId, Guid? notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unread = await db.Notifications.Where(n => n.MemberId == memberId && n.ReadAt == null && (notificationId == null || n.Id == notificationId))
            .ToListAsync(cancellationToken);
        if (unread.Count == 0) return;
        var now = clock.GetUtcNow();
        foreach (var notification in unread) notification.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        await bus.PublishAsync(TopicOf(memberId), new NotificationsChanged(memberId));
    }

    public async Task<bool> ByEmailAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NotificationSettings.AnyAsync(s => s.MemberId == memberId && s.ByEmail, cancellationToken);
    }

    public async Task SetByEmailAsync(Guid memberId, bool byEmail, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.MemberId == memberId, cancellationToken);
        if (settings is null) db.NotificationSettings.Add(NotificationSettings.Create(memberId, byEmail));
        else settings.Change(byEmail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The notification's text in the current UI language; an unknown key shows as itself.</summary>
    public string Format(string textKey, IReadOnlyList<string> arguments)
    {
        var template = text[textKey];
        return template.ResourceNotFound ? textKey : string.Format(CultureInfo.CurrentCulture, template.Value, [.. arguments]);
    }

    private PortalMail Compose(string to, string culture, string textKey, IReadOnlyList<string> arguments, string link)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(culture) ? "uk-UA" : culture);
            var body = Format(textKey, arguments);
            var subject = text["Notifications.Mail.Subject"].Value;
            var footer = text["Notifications.Mail.Footer"].Value;
            var html = $"<p>{System.Net.WebUtility.HtmlEncode(body)}</p><p><a href=\"{System.Net.WebUtility.HtmlEncode(link)}\">{System.Net.WebUtility.HtmlEncode(link)}</a></p><p>{System.Net.WebUtility.HtmlEncode(footer)}</p>";
            return new PortalMail(to, subject, html, $"{body}\n\n{link}\n\n{footer}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
