using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EGov.Collab.App.Common;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Journal;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>An edition rendered once, with placeholders for each subscriber's own links.</summary>
public sealed partial record RenderedEdition(string Subject, string Html, string Text)
{
    public const string ManagePlaceholder = "%%MANAGE_URL%%";
    public const string UnsubscribePlaceholder = "%%UNSUBSCRIBE_URL%%";

    /// <summary>The edition's own links (absolute), in a fixed order: a tracked link names one by its index here.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>
    /// The mail for a subscriber who consented to counting: each of the edition's own links leads through
    /// <paramref name="trackedLink"/> and a 1×1 image loads <paramref name="pixelUrl"/>. Anything else (the footer's
    /// preferences and unsubscribe links) stays as it is.
    /// </summary>
    public RenderedEdition Tracked(Func<int, string> trackedLink, string pixelUrl)
    {
        ArgumentNullException.ThrowIfNull(trackedLink);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Links.Count; i++) index.TryAdd(Links[i], i);
        var html = HrefPattern().Replace(Html, match =>
            index.TryGetValue(WebUtility.HtmlDecode(match.Groups[1].Value), out var i) ? $"href=\"{WebUtility.HtmlEncode(trackedLink(i))}\"" : match.Value);
        var text = TextLinkPattern().Replace(Text, match =>
            index.TryGetValue(match.Groups[1].Value, out var i) ? "  " + trackedLink(i) : match.Value);
        var pixel = $"<img src=\"{WebUtility.HtmlEncode(pixelUrl)}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;width:1px;height:1px;border:0;\">";
        html = html.Replace("</body>", pixel + "</body>", StringComparison.Ordinal);
        return this with { Html = html, Text = text };
    }

    [GeneratedRegex("href=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex HrefPattern();

    [GeneratedRegex("^  (\\S+)$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex TextLinkPattern();

    public (string Html, string Text) For(string manageUrl, string unsubscribeUrl)
    {
        var encodedManage = WebUtility.HtmlEncode(manageUrl);
        var encodedUnsubscribe = WebUtility.HtmlEncode(unsubscribeUrl);
        return (Html.Replace(ManagePlaceholder, encodedManage, StringComparison.Ordinal).Replace(UnsubscribePlaceholder, encodedUnsubscribe, StringComparison.Ordinal),
            Text.Replace(ManagePlaceholder, manageUrl, StringComparison.Ordinal).Replace(UnsubscribePlaceholder, unsubscribeUrl, StringComparison.Ordinal));
    }
}

/// <summary>Writes an edition as an email (HTML and plain text) in the edition's language; also the preview and archive body.</summary>
public sealed class NewsletterRenderer(IStringLocalizer<JournalResource> l, IStringLocalizer<SharedResource> shared, JournalLinks links)
{
    private const int PreheaderLength = 140;

    /// <summary>Where the preferences and unsubscribe links of a preview or a test send lead: the public subscription page, nobody's token.</summary>
    public const string SamplePath = "/journal/subscribe";

    public RenderedEdition Render(int issueNumber, NewsletterEdition edition) =>
        JournalText.In(edition.Language, () => RenderCore(issueNumber, edition.Introduction, edition.Content));

    /// <summary>The mail exactly as a subscriber gets it, except that their own links lead to the public subscription page.</summary>
    public (string Html, string Text) Sample(RenderedEdition rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var sample = links.Absolute(SamplePath);
        return rendered.For(sample, sample);
    }

    /// <summary>
    /// The sample for the editor's preview frame: links open in a new tab (the frame is sandboxed and the portal refuses
    /// to be framed, so a link followed inside it would go nowhere).
    /// </summary>
    public string PreviewHtml(RenderedEdition rendered)
    {
        var html = Sample(rendered).Html;
        const string Base = "<base target=\"_blank\">";
        var head = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? Base + html : html.Insert(head + "<head>".Length, Base);
    }

    /// <summary>The HTML of the edition's body alone (no unsubscribe footer), for the archive.</summary>
    public string BodyHtml(NewsletterEdition edition) =>
        JournalText.In(edition.Language, () => Body(edition.Introduction, edition.Content, absolute: false));

    /// <summary>The edition's own links in the order <see cref="RenderedEdition.Links"/> keeps: the portal, then every item.</summary>
    public IReadOnlyList<string> LinksOf(EditionContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new[] { links.Absolute("/") }
            .Concat(content.Sections.SelectMany(s => s.Items).Select(i => links.Absolute(i.Url)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public string SourceName(string source) => l["Newsletter.Source." + source];

    /// <summary>The day an item is about, in the current culture's words: "7 грудня 2026", "December 7, 2026".</summary>
    public string ItemDate(NewsletterItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var day = item.HappensOn ?? DateOnly.FromDateTime(PortalTime.ToKyiv(item.PublishedAt).DateTime);
        return day.ToString(l["Newsletter.Mail.DateFormat"].Value, CultureInfo.CurrentCulture);
    }

    private RenderedEdition RenderCore(int number, string introduction, EditionContent content)
    {
        var culture = CultureInfo.CurrentCulture;
        var subject = string.Format(culture, l["Newsletter.Mail.Subject"].Value, number, l["Audience." + content.Audience].Value);
        var paragraphs = Paragraphs(introduction);
        var sections = content.Sections
            .Select(section => new MailSection(SourceName(section.Source), section.Items
                .Select(item => new MailItem(item.Title, links.Absolute(item.Url), item.Summary, ItemDate(item), LanguageNote(item, content.Language)))
                .ToList()))
            .ToList();
        var mail = new MailContent(content.Language, subject, Preheader(paragraphs, sections), shared["Portal.Name"].Value, links.Absolute("/"),
            paragraphs, sections, l["Newsletter.Mail.Why"].Value,
            l["Newsletter.Mail.Preferences"].Value, RenderedEdition.ManagePlaceholder,
            l["Newsletter.Mail.Unsubscribe"].Value, RenderedEdition.UnsubscribePlaceholder);
        return new RenderedEdition(subject, NewsletterLayout.Html(mail), Text(mail)) { Links = LinksOf(content) };
    }

    private static string Text(MailContent mail)
    {
        var text = new StringBuilder().Append(mail.PortalName).Append('\n').Append(mail.Title).Append("\n\n");
        foreach (var paragraph in mail.Introduction) text.Append(paragraph).Append("\n\n");
        foreach (var section in mail.Sections)
        {
            text.Append("== ").Append(section.Name).Append(" ==\n\n");
            foreach (var item in section.Items)
            {
                text.Append("* ").Append(item.Title).Append(item.LanguageNote).Append('\n')
                    .Append("  ").Append(item.Date).Append('\n');
                if (item.Summary.Length > 0) text.Append("  ").Append(item.Summary).Append('\n');
                text.Append("  ").Append(item.Url).Append("\n\n");
            }
        }
        return text.Append("--\n").Append(mail.Why).Append('\n')
            .Append(mail.PreferencesLabel).Append(": ").Append(mail.PreferencesUrl).Append('\n')
            .Append(mail.UnsubscribeLabel).Append(": ").Append(mail.UnsubscribeUrl).Append('\n')
            .ToString();
    }

    /// <summary>The line a mail client shows after the subject: the introduction's start, else the first titles.</summary>
    private static string Preheader(IReadOnlyList<string> introduction, IReadOnlyList<MailSection> sections)
    {
        var text = introduction.Count > 0
            ? introduction[0]
            : string.Join(" · ", sections.SelectMany(s => s.Items).Select(i => i.Title).Take(3));
        return text.Length <= PreheaderLength ? text : string.Concat(text.AsSpan(0, PreheaderLength - 1), "…");
    }

    private static IReadOnlyList<string> Paragraphs(string introduction) =>
        [.. introduction.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private string Body(string introduction, EditionContent content, bool absolute)
    {
        var html = new StringBuilder();
        foreach (var paragraph in Paragraphs(introduction))
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        foreach (var section in content.Sections)
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode(SourceName(section.Source))).Append("</h2><ul>");
            foreach (var item in section.Items)
            {
                var url = absolute ? links.Absolute(item.Url) : item.Url;
                html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(item.Title)).Append("</a>")
                    .Append(WebUtility.HtmlEncode(LanguageNote(item, content.Language)))
                    .Append(" <small>").Append(WebUtility.HtmlEncode(ItemDate(item))).Append("</small>");
                if (item.Summary.Length > 0) html.Append("<br>").Append(WebUtility.HtmlEncode(item.Summary));
                html.Append("</li>");
            }
            html.Append("</ul>");
        }
        return html.ToString();
    }

    private string LanguageNote(NewsletterItem item, string editionLanguage) =>
        item.Language is null || item.Language == editionLanguage ? "" : " (" + l["Newsletter.InLanguage." + item.Language].Value + ")";
}
