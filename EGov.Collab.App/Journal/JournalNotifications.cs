using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal;

/// <summary>
/// Tells a contributor by email where their submission stands, in the language they chose for the portal. A mail that
/// cannot be sent is logged: the moderation itself has happened and the status page shows it.
/// </summary>
public sealed class JournalNotifications(
    IDbContextFactory<CollabDbContext> dbFactory,
    IMailSender mail,
    JournalLinks links,
    INotifier notifier,
    IStringLocalizer<JournalResource> l,
    ILogger<JournalNotifications> logger)
{
    public async Task StatusChangedAsync(Guid articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (from a in db.JournalArticles
                           join u in db.Users on a.AuthorId equals u.Id
                           where a.Id == articleId
                           select new { a.Title, a.Status, a.ModerationReason, a.IsCitizenSubmission, a.AuthorId, u.Email, u.PreferredCulture, u.FullName })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || !found.IsCitizenSubmission || string.IsNullOrEmpty(found.Email)) return;

        var language = NewsletterLanguages.FromCulture(found.PreferredCulture);
        var message = JournalText.In(language, () =>
        {
            var status = l["Journal.Status." + found.Status].Value;
            var subject = string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Journal.Mail.Subject"].Value, found.Title, status);
            var lead = l["Journal.Mail.Lead." + found.Status].Value;
            var url = links.Absolute(found.Status == ArticleStatus.Published ? JournalLinks.Article(articleId) : "/journal/my");
            var reason = string.IsNullOrWhiteSpace(found.ModerationReason) ? "" : $"{l["Journal.Mail.Reason"]}: {found.ModerationReason}";
            var text = $"{found.FullName},\n\n{lead}\n«{found.Title}»\n\n{reason}\n\n{l["Journal.Mail.Open"]}: {url}\n";
            Func<string?, string?> enc = System.Net.WebUtility.HtmlEncode;
            var html = $"<p>{enc(found.FullName)},</p><p>{enc(lead)}<br><strong>«{enc(found.Title)}»</strong></p>"
                + (reason.Length > 0 ? $"<p>{enc(reason)}</p>" : "")
                + $"<p><a href=\"{enc(url)}\">{enc(l["Journal.Mail.Open"].Value)}</a></p>";
            return new PortalMail(found.Email, subject, html, text);
        });
        try
        {
            if (found.Status == ArticleStatus.Submitted)
            {
                await mail.SendAsync(message, cancellationToken);
                return;
            }
            // A decision: under the author's bell, and by mail as they chose.
            var link = found.Status == ArticleStatus.Published ? JournalLinks.Article(articleId) : "/journal/my";
            var status = JournalText.In(language, () => l["Journal.Status." + found.Status].Value);
            await notifier.NotifyAsync(found.AuthorId, NotificationTypes.JournalSubmissionDecided, [found.Title, status], link, message, cancellationToken);
        }
#pragma warning disable CA1031 // The status change stands whatever the mail transport does.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Could not tell the author of article {ArticleId} about its status", articleId);
        }
    }
}
