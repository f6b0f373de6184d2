using System.Globalization;
using System.Net;
using System.Text;
using EGov.Collab.Domain.Journal;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>An edition rendered once, with placeholders for each subscriber's own links.</summary>
public sealed record RenderedEdition(string Subject, string Html, string Text)
{
    public const string ManagePlaceholder = "%%MANAGE_URL%%";
    public const string UnsubscribePlaceholder = "%%UNSUBSCRIBE_URL%%";

    public (string Html, string Text) For(string manageUrl, string unsubscribeUrl)
    {
        var encodedManage = WebUtility.HtmlEncode(manageUrl);
        var encodedUnsubscribe = WebUtility.HtmlEncode(unsubscribeUrl);
        return (Html.Replace(ManagePlaceholder, encodedManage, StringComparison.Ordinal).Replace(UnsubscribePlaceholder, encodedUnsubscribe, StringComparison.Ordinal),
            Text.Replace(ManagePlaceholder, manageUrl, StringComparison.Ordinal).Replace(UnsubscribePlaceholder, unsubscribeUrl, StringComparison.Ordinal));
    }
}

/// <summary>Writes an edition as an email (HTML and plain text) in the edition's language; also the preview and archive body.</summary>
public sealed class NewsletterRenderer(IStringLocalizer<JournalResource> l, JournalLinks links)
{
    public RenderedEdition Render(int issueNumber, NewsletterEdition edition) =>
        JournalText.In(edition.Language, () => RenderCore(issueNumber, edition.Introduction, edition.Content));

    /// <summary>The HTML of the edition's body alone (no unsubscribe footer), for the preview and the archive.</summary>
    public string BodyHtml(NewsletterEdition edition) =>
        JournalText.In(edition.Language, () => Body(edition.Introduction, edition.Content, absolute: false));

    public string SourceName(string source) => l["Newsletter.Source." + source];

    private RenderedEdition RenderCore(int number, string introduction, EditionContent content)
    {
        var culture = CultureInfo.CurrentCulture;
        var subject = string.Format(culture, l["Newsletter.Mail.Subject"].Value, number, l["Audience." + content.Audience].Value);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(content.Language).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body style=\"font-family:sans-serif;max-width:640px\">")
            .Append("<h1>").Append(WebUtility.HtmlEncode(subject)).Append("</h1>")
            .Append(Body(introduction, content, absolute: true))
            .Append("<hr><p style=\"font-size:small\">").Append(WebUtility.HtmlEncode(l["Newsletter.Mail.Why"].Value)).Append(' ')
            .Append("<a href=\"").Append(RenderedEdition.ManagePlaceholder).Append("\">").Append(WebUtility.HtmlEncode(l["Newsletter.Mail.Preferences"].Value)).Append("</a> · ")
            .Append("<a href=\"").Append(RenderedEdition.UnsubscribePlaceholder).Append("\">").Append(WebUtility.HtmlEncode(l["Newsletter.Mail.Unsubscribe"].Value)).Append("</a></p>")
            .Append("</body></html>")
            .ToString();

        var text = new StringBuilder().Append(subject).Append("\n\n");
        if (introduction.Length > 0) text.Append(introduction).Append("\n\n");
        foreach (var section in content.Sections)
        {
            text.Append("== ").Append(SourceName(section.Source)).Append(" ==\n\n");
            foreach (var item in section.Items)
            {
                text.Append("* ").Append(item.Title).Append(LanguageNote(item, content.Language)).Append('\n');
                if (item.Summary.Length > 0) text.Append("  ").Append(item.Summary).Append('\n');
                text.Append("  ").Append(links.Absolute(item.Url)).Append("\n\n");
            }
        }
        text.Append("--\n").Append(l["Newsletter.Mail.Why"].Value).Append('\n')
            .Append(l["Newsletter.Mail.Preferences"].Value).Append(": ").Append(RenderedEdition.ManagePlaceholder).Append('\n')
            .Append(l["Newsletter.Mail.Unsubscribe"].Value).Append(": ").Append(RenderedEdition.UnsubscribePlaceholder).Append('\n');
        return new RenderedEdition(subject, html, text.ToString());
    }

    private string Body(string introduction, EditionContent content, bool absolute)
    {
        var html = new StringBuilder();
        if (introduction.Length > 0)
        {
            foreach (var paragraph in introduction.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }
        foreach (var section in content.Sections)
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode(SourceName(section.Source))).Append("</h2><ul>");
            foreach (var item in section.Items)
            {
                var url = absolute ? links.Absolute(item.Url) : item.Url;
                html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(item.Title)).Append("</a>")
                    .Append(WebUtility.HtmlEncode(LanguageNote(item, content.Language)));
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
