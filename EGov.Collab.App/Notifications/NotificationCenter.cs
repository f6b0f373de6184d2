using System.Globalization;
using EGov.Collab.App.Common;
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
    PublicLinks links,
    TimeProvider clock,
    ILogger<NotificationCenter> logger) : INotifier
{
    public const int ListSize = 100;

    public static string TopicOf(Guid memberId) => $"notifications:{memberId:N}";

    public Task NotifyAsync(IReadOnlyCollection<Guid> memberIds, ModuleKey? module, string textKey, IReadOnlyList<string> arguments, string link, CancellationToken cancellationToken = default) =>
        SendAsync(memberIds, module, textKey, arguments, link, null, cancellationToken);

    public Task NotifyAsync(Guid memberId, NotificationType type, IReadOnlyList<string> arguments, string link, PortalMail? mail = null, CancellationToken cancellationToken = default) =>
        SendAsync([memberId], type.Module, type.Key, arguments, link, mail, cancellationToken);

    public Task NotifyAsync(IReadOnlyCollection<Guid> memberIds, NotificationType type, IReadOnlyList<string> arguments, string link, CancellationToken cancellationToken = default) =>
        SendAsync(memberIds, type.Module, type.Key, arguments, link, null, cancellationToken);

    private async Task SendAsync(IReadOnlyCollection<Guid> memberIds, ModuleKey? module, string textKey, IReadOnlyList<string> arguments, string link, PortalMail? custom, CancellationToken cancellationToken)
    {
        var ids = memberIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Notifications.AddRange(ids.Select(id => Notification.Create(id, module, textKey, arguments, link, now)));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var memberId in ids)
            await bus.PublishAsync(TopicOf(memberId), new NotificationsChanged(memberId));

        var recipients = await db.Users.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.EmailConfirmed && m.Email != null)
            .Select(m => new { m.Id, m.Email, m.PreferredCulture }).ToListAsync(cancellationToken);
        var general = await db.NotificationSettings.AsNoTracking().Where(s => ids.Contains(s.MemberId)).ToDictionaryAsync(s => s.MemberId, s => s.ByEmail, cancellationToken);
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.Type == textKey && ids.Contains(p.MemberId)).ToDictionaryAsync(p => p.MemberId, p => p.ByEmail, cancellationToken);
        var byDefault = NotificationTypes.Find(textKey)?.MailByDefault ?? false;
        foreach (var recipient in recipients)
        {
            // The member's choice for this type, else their general switch, else the type's default.
            var byEmail = chosen.TryGetValue(recipient.Id, out var forType) ? forType : general.TryGetValue(recipient.Id, out var overall) ? overall : byDefault;
            if (!byEmail) continue;
            try
            {
                await mail.SendAsync(custom ?? Compose(recipient.Email!, recipient.PreferredCulture, textKey, arguments, link), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or MailKit.ServiceNotConnectedException or System.Net.Sockets.SocketException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException)
            {
                // The in-app notification is saved; a mail server being down must not undo it.
                logger.LogWarning(exception, "Could not email a notification to {Recipient}.", recipient.Email);
            }
        }
    }

    /// <summary>Whether the member gets each type of notification by email (their choice, else the default).</summary>
    public async Task<IReadOnlyDictionary<string, bool>> PreferencesAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.MemberId == memberId).ToDictionaryAsync(p => p.Type, p => p.ByEmail, cancellationToken);
        var general = await db.NotificationSettings.AsNoTracking().Where(s => s.MemberId == memberId).Select(s => (bool?)s.ByEmail).SingleOrDefaultAsync(cancellationToken);
        return NotificationTypes.All.ToDictionary(t => t.Key, t => chosen.TryGetValue(t.Key, out var byEmail) ? byEmail : general ?? t.MailByDefault);
    }

    public async Task SetPreferenceAsync(Guid memberId, NotificationType type, bool byEmail, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.MemberId == memberId && p.Type == type.Key, cancellationToken);
        if (preference is null) db.NotificationPreferences.Add(NotificationPreference.Create(memberId, type.Key, byEmail));
        else preference.Change(byEmail);
        await db.SaveChangesAsync(cancellationToken);
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
            link = links.Absolute(link);
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
