using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>
/// An edition mailed to the signed-in editor's own address, and to nobody else: the same HTML and text a subscriber
/// gets, "[Test]" before the subject in the edition's language, the subscriber links leading to the public
/// subscription page. Audited; at most <see cref="MaxPerWindow"/> per editor in <see cref="Window"/>.
/// </summary>
public sealed class NewsletterTestSend(
    IDbContextFactory<CollabDbContext> dbFactory,
    JournalAccess access,
    NewsletterRenderer renderer,
    IMailSender mail,
    IStringLocalizer<JournalResource> l,
    TimeProvider clock,
    ILogger<NewsletterTestSend> logger)
{
    public const string AuditAction = "journal.newsletter.test-sent";
    public const int MaxPerWindow = 10;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>On success, the address the test went to.</summary>
    public async Task<Result<string>> SendAsync(ClaimsPrincipal user, Guid editionId, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var editorId = user.MemberId()!.Value;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var email = await db.Users.Where(u => u.Id == editorId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(email)) return JournalErrors.TestSendNoAddress;
        var edition = await db.NewsletterEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null) return JournalErrors.IssueNotFound;
        var since = now - Window;
        var recent = await db.AuditEntries.CountAsync(a => a.ActorId == editorId && a.Action == AuditAction && a.At > since, cancellationToken);
        if (recent >= MaxPerWindow) return JournalErrors.TestSendTooOften;

        var number = await db.NewsletterIssues.Where(i => i.Id == edition.IssueId).Select(i => i.Number).SingleAsync(cancellationToken);
        var rendered = renderer.Render(number, edition);
        var (html, text) = renderer.Sample(rendered);
        var subject = JournalText.In(edition.Language, () => l["Newsletter.TestSend.SubjectPrefix"].Value) + " " + rendered.Subject;
        try
        {
            await mail.SendAsync(new PortalMail(email, subject, html, text), cancellationToken);
        }
#pragma warning disable CA1031 // Whatever the mail server says, the editor gets a message, not a stack trace; the log keeps the details.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "Newsletter {Number}: the test send to editor {EditorId} failed.", number, editorId);
            return JournalErrors.TestSendFailed;
        }

        db.AuditEntries.Add(AuditEntry.Record(editorId, ModuleKey.Journal, AuditAction, $"newsletter:{number}", null,
            $"{edition.Audience}-{edition.Language}", now));
        await db.SaveChangesAsync(cancellationToken);
        return email;
    }
}
