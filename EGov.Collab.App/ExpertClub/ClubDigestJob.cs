using System.Globalization;
using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.ExpertClub;

/// <summary>
/// Once a day, each member who follows topics or rooms gets one mail listing what others wrote there since their last
/// digest (topics they may still read only), in their own language. Nothing new, no mail.
/// </summary>
public sealed class ClubDigestJob(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access, IMailSender mail, PublicLinks links,
    IStringLocalizer<ExpertClubResource> text, TimeProvider clock, ILogger<ClubDigestJob> logger)
{
    public const string Id = "expert-club-digest";
    public const string Cron = "0 7 * * *";
    private const int ExcerptsPerTopic = 3;
    private const int ExcerptLength = 160;

    private sealed record NewMessage(Guid TopicId, string TopicTitle, Guid RoomId, long Number, string Author, string Text, DateTimeOffset At);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<Guid> members;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            members = await db.ClubWatches.Select(w => w.MemberId).Distinct().ToListAsync(cancellationToken);
        foreach (var memberId in members) await DigestAsync(memberId, cancellationToken);
    }

    /// <summary>One member's digest: the new messages of what they follow, then their watches move past them.</summary>
    public async Task DigestAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.Users.AsNoTracking().Where(u => u.Id == memberId && u.EmailConfirmed && u.Email != null)
            .Select(u => new { u.Email, u.PreferredCulture }).SingleOrDefaultAsync(cancellationToken);
        var watches = await db.ClubWatches.Where(w => w.MemberId == memberId).ToListAsync(cancellationToken);
        if (member is null || watches.Count == 0) return;
        var viewer = await access.ViewerAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, memberId.ToString())], "digest")), cancellationToken);

        var found = new Dictionary<(Guid, long), NewMessage>();
        foreach (var watch in watches)
        {
            var since = watch.DigestedUntil;
            var target = watch.TargetId;
            var topics = watch.Kind == WatchKind.Topic ? db.ClubTopics.Where(t => t.Id == target) : db.ClubTopics.Where(t => t.RoomId == target);
            var query = from m in db.ClubMessages.AsNoTracking()
                        where !m.IsDeleted && m.HiddenReason == null && m.AuthorId != memberId && m.PostedAt > since && m.PostedAt <= now
                        join t in topics on m.TopicId equals t.Id
                        join a in db.Users on m.AuthorId equals a.Id
                        select new NewMessage(t.Id, t.Title, t.RoomId, m.Number, a.FullName, m.Text, m.PostedAt);
            foreach (var message in await query.ToListAsync(cancellationToken)) found.TryAdd((message.TopicId, message.Number), message);
            watch.Digested(now);
        }
        var roomIds = found.Values.Select(m => m.RoomId).Distinct().ToList();
        var rooms = await db.ClubRooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var readable = found.Values.Where(m => rooms.TryGetValue(m.RoomId, out var room) && viewer.CanRead(room)).ToList();

        if (readable.Count > 0 && !await SendAsync(member.Email!, member.PreferredCulture, readable, cancellationToken)) return; // try again next run
        await db.SaveChangesAsync(cancellationToken);
    }

#pragma warning disable CA1031 // A mail that cannot go is logged; the watches stay where they were, so the next run tells it.
    private async Task<bool> SendAsync(string email, string? culture, IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken)
    {
        string subject, html, plain;
        using (RecipientCulture.Use(culture))
        {
            var topics = messages.GroupBy(m => (m.TopicId, m.TopicTitle)).OrderByDescending(g => g.Max(m => m.At)).ToList();
            subject = string.Format(CultureInfo.CurrentCulture, text["ExpertClub.Digest.Subject"], messages.Count);
            var lead = text["ExpertClub.Digest.Lead"].Value;
            var htmlParts = new List<string> { $"<p>{WebUtility.HtmlEncode(lead)}</p>" };
            var textParts = new List<string> { lead, "" };
            foreach (var topic in topics)
            {
                var first = topic.OrderBy(m => m.Number).First();
                var link = links.Absolute(ClubLinks.Message(topic.Key.TopicId, first.Number));
                var count = string.Format(CultureInfo.CurrentCulture, text["ExpertClub.Digest.Count"], topic.Count());
                htmlParts.Add($"<h3><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(topic.Key.TopicTitle)}</a> ({WebUtility.HtmlEncode(count)})</h3><ul>");
                textParts.Add($"{topic.Key.TopicTitle} ({count}): {link}");
                foreach (var message in topic.OrderBy(m => m.Number).Take(ExcerptsPerTopic))
                {
                    var excerpt = SafeHtml.ToPlainText(SafeHtml.FromMarkdown(message.Text));
                    if (excerpt.Length > ExcerptLength) excerpt = excerpt[..ExcerptLength] + "…";
                    htmlParts.Add($"<li><b>{WebUtility.HtmlEncode(message.Author)}</b>: {WebUtility.HtmlEncode(excerpt)}</li>");
                    textParts.Add($"  {message.Author}: {excerpt}");
                }
                htmlParts.Add("</ul>");
                textParts.Add("");
            }
            var footer = text["ExpertClub.Digest.Footer"].Value;
            htmlParts.Add($"<p>{WebUtility.HtmlEncode(footer)}</p>");
            textParts.Add(footer);
            html = string.Concat(htmlParts);
            plain = string.Join('\n', textParts);
        }
        try
        {
            await mail.SendAsync(new PortalMail(email, subject, html, plain), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not send the club digest to {Email}", email);
            return false;
        }
    }
#pragma warning restore CA1031
}
