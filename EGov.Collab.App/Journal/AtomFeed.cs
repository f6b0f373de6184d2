using System.Xml.Linq;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Journal;

/// <summary>The journal as an Atom 1.0 feed (RFC 4287): the latest published articles with their sanitised text.</summary>
public static class AtomFeed
{
    public const int MaxEntries = 30;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static async Task<string> BuildAsync(IDbContextFactory<CollabDbContext> dbFactory, JournalLinks links, string title, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = await db.JournalArticles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt)
            .Take(MaxEntries)
            .Select(a => new { a.Id, a.Title, a.Summary, a.BodyHtml, a.AuthorName, a.PublishedAt, a.UpdatedAt, a.TagList, a.Language })
            .ToListAsync(cancellationToken);
        var updated = articles.Count == 0 ? DateTimeOffset.UnixEpoch : articles.Max(a => a.UpdatedAt);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", links.Absolute("/journal/feed.atom")),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", updated.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", links.Absolute("/journal/feed.atom"))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", links.Absolute("/journal"))),
            articles.Select(a => new XElement(Atom + "entry",
                new XAttribute(XNamespace.Xml + "lang", a.Language),
                new XElement(Atom + "id", "urn:uuid:" + a.Id),
                new XElement(Atom + "title", a.Title),
                new XElement(Atom + "published", a.PublishedAt!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
                new XElement(Atom + "updated", a.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
                new XElement(Atom + "author", new XElement(Atom + "name", a.AuthorName)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", links.Absolute(JournalLinks.Article(a.Id)))),
                a.TagList.Length == 0 ? null : a.TagList.Split(',').Select(t => new XElement(Atom + "category", new XAttribute("term", t))),
                a.Summary.Length == 0 ? null : new XElement(Atom + "summary", a.Summary),
                new XElement(Atom + "content", new XAttribute("type", "html"), a.BodyHtml))));
        return new XDeclaration("1.0", "utf-8", null) + Environment.NewLine + feed;
    }
}
