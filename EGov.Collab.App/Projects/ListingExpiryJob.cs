using System.Globalization;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Projects;

/// <summary>
/// Daily (Hangfire recurring job, Kyiv time): mails each author whose published listing expires within
/// <see cref="Listing.ReminderDays"/> days (or has expired) a reminder with the one-click renewal link, once per period:
/// the listing remembers the reminder until it is renewed. Safe to run twice.
/// </summary>
public sealed class ListingExpiryJob(
    IDbContextFactory<CollabDbContext> dbFactory,
    IMailSender mail,
    JournalLinks links,
    IStringLocalizer<ProjectsResource> text,
    TimeProvider clock,
    ILogger<ListingExpiryJob> logger)
{
    public const string Id = "projects-expiry";
    public const string Cron = "0 8 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now.AddDays(Listing.ReminderDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.ProjectListings
            .Where(l => l.Status == ListingStatus.Published && l.ReminderSentAt == null && l.ExpiresAt <= horizon)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var listing in due.Where(l => l.NeedsReminder(now)))
        {
            var author = await db.Users.AsNoTracking().Where(u => u.Id == listing.AuthorId)
                .Select(u => new { u.Email, u.PreferredCulture, u.EmailConfirmed }).SingleOrDefaultAsync(cancellationToken);
            if (author?.Email is null) continue;
            // Marked before sending: a mail server failure leaves one listing without its reminder, never a reminder twice.
            listing.MarkReminded(now);
            db.AuditEntries.Add(AuditEntry.Record(null, ModuleKey.Projects, "projects.listing.reminded", ListingService.Subject(listing.Id), null, listing.ExpiresAt?.ToString("O"), now));
            await db.SaveChangesAsync(cancellationToken);
            try
            {
                await mail.SendAsync(Compose(author.Email, author.PreferredCulture, listing), cancellationToken);
                sent++;
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or MailKit.ServiceNotConnectedException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(exception, "Could not mail the expiry reminder of listing {Listing}.", listing.Id);
            }
        }
        return sent;
    }

    private PortalMail Compose(string to, string culture, Listing listing)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            var language = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(culture) ? "uk-UA" : culture);
            CultureInfo.CurrentUICulture = language;
            var english = language.TwoLetterISOLanguageName == "en";
            var title = listing.Title(english);
            var expires = Common.PortalTime.ToKyiv(listing.ExpiresAt!.Value).ToString("d MMMM yyyy", language);
            var link = links.Absolute(ProjectsLinks.Listing(listing.Id) + "?renew=1");
            var subject = string.Format(language, text["Expiry.Mail.Subject"], title);
            var body = string.Format(language, text["Expiry.Mail.Body"], title, expires);
            var renew = text["Expiry.Mail.Renew"].Value;
            var html = $"<p>{Encode(body)}</p><p><a href=\"{Encode(link)}\">{Encode(renew)}</a></p>";
            return new PortalMail(to, subject, html, $"{body}\n\n{renew}: {link}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);
}
