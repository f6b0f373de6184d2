using System.Net;
using System.Text;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>One item as the mail shows it: every string already in the edition's language, none of it encoded yet.</summary>
public sealed record MailItem(string Title, string Url, string Summary, string Date, string LanguageNote);

public sealed record MailSection(string Name, IReadOnlyList<MailItem> Items);

/// <summary>What a newsletter mail says, in the edition's language; <see cref="NewsletterLayout"/> lays it out.</summary>
public sealed record MailContent(
    string Language,
    string Title,
    string Preheader,
    string PortalName,
    string PortalUrl,
    IReadOnlyList<string> Introduction,
    IReadOnlyList<MailSection> Sections,
    string Why,
    string PreferencesLabel,
    string PreferencesUrl,
    string UnsubscribeLabel,
    string UnsubscribeUrl);

/// <summary>
/// The newsletter's HTML mail: nested tables of at most 600 px (what Outlook, Gmail and Apple Mail all render),
/// inline light styles as the default, a <c>prefers-color-scheme: dark</c> block for clients that honour it, the
/// portal's blue header band with the yellow of the flag, and a hidden preheader. Every text is HTML-encoded here.
/// </summary>
public static class NewsletterLayout
{
    public const string Blue = "#0057B7";
    public const string DarkBlue = "#0B3D91";
    public const string Yellow = "#FFD500";

    private const string Font = "font-family:'Noto Sans','Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;";

    private const string Head = """
        <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
        <style>
        :root{color-scheme:light dark;supported-color-schemes:light dark}
        body{margin:0;padding:0;-webkit-text-size-adjust:100%}
        @media (max-width:620px){.nl-container{width:100% !important}.nl-pad{padding-left:16px !important;padding-right:16px !important}}
        @media (prefers-color-scheme:dark){
        body,.nl-bg{background-color:#121417 !important}
        .nl-card{background-color:#1E2227 !important}
        .nl-text{color:#E8EAED !important}
        .nl-muted{color:#B4BAC2 !important}
        .nl-link{color:#8AB4F8 !important}
        .nl-rule{border-color:#8AB4F8 !important}
        }
        </style>
        """;

    public static string Html(MailContent mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var html = new StringBuilder(8192)
            .Append("<!DOCTYPE html><html lang=\"").Append(E(mail.Language)).Append("\"><head>").Append(Head)
            .Append("<title>").Append(E(mail.Title)).Append("</title></head>")
            .Append("<body class=\"nl-bg\" style=\"margin:0;padding:0;background-color:#F7F8FA;\">")
            .Append("<div style=\"display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:#F7F8FA;\">")
            .Append(E(mail.Preheader)).Append("</div>")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" class=\"nl-bg\" style=\"background-color:#F7F8FA;\">")
            .Append("<tr><td align=\"center\" style=\"padding:24px 8px;\">")
            .Append("<table role=\"presentation\" class=\"nl-container\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:600px;max-width:600px;\">");
        Header(html, mail);
        html.Append("<tr><td class=\"nl-card nl-pad\" style=\"background-color:#FFFFFF;padding:24px;\">");
        foreach (var paragraph in mail.Introduction)
            html.Append("<p class=\"nl-text\" style=\"margin:0 0 16px;").Append(Font).Append("font-size:16px;line-height:1.5;color:#1F2328;\">").Append(E(paragraph)).Append("</p>");
        foreach (var section in mail.Sections)
            Section(html, section);
        html.Append("</td></tr>");
        Footer(html, mail);
        return html.Append("</table></td></tr></table></body></html>").ToString();
    }

    private static void Header(StringBuilder html, MailContent mail) =>
        html.Append("<tr><td class=\"nl-header\" style=\"background-color:").Append(Blue).Append(";border-top:6px solid ").Append(Yellow).Append(";padding:20px 24px;\">")
            .Append("<a href=\"").Append(E(mail.PortalUrl)).Append("\" style=\"").Append(Font).Append("font-size:14px;font-weight:600;color:#FFFFFF;text-decoration:none;\">")
            .Append(E(mail.PortalName)).Append("</a>")
            .Append("<h1 style=\"margin:8px 0 0;").Append(Font).Append("font-size:22px;line-height:1.3;font-weight:700;color:#FFFFFF;\">").Append(E(mail.Title)).Append("</h1>")
            .Append("</td></tr>");

    private static void Section(StringBuilder html, MailSection section)
    {
        html.Append("<h2 class=\"nl-text nl-rule\" style=\"margin:24px 0 12px;padding-bottom:6px;border-bottom:2px solid ").Append(Blue).Append(';')
            .Append(Font).Append("font-size:18px;line-height:1.3;color:").Append(DarkBlue).Append(";\">").Append(E(section.Name)).Append("</h2>")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">");
        foreach (var item in section.Items)
        {
            html.Append("<tr><td style=\"padding:0 0 18px;\">")
                .Append("<a class=\"nl-link\" href=\"").Append(E(item.Url)).Append("\" style=\"").Append(Font).Append("font-size:17px;line-height:1.35;font-weight:600;color:").Append(Blue).Append(";text-decoration:underline;\">")
                .Append(E(item.Title)).Append("</a>");
            if (item.LanguageNote.Length > 0)
                html.Append("<span class=\"nl-muted\" style=\"").Append(Font).Append("font-size:14px;color:#5F6368;\">").Append(E(item.LanguageNote)).Append("</span>");
            html.Append("<div class=\"nl-muted\" style=\"margin:4px 0 0;").Append(Font).Append("font-size:13px;line-height:1.4;color:#5F6368;\">").Append(E(item.Date)).Append("</div>");
            if (item.Summary.Length > 0)
                html.Append("<div class=\"nl-text\" style=\"margin:6px 0 0;").Append(Font).Append("font-size:15px;line-height:1.5;color:#1F2328;\">").Append(E(item.Summary)).Append("</div>");
            html.Append("</td></tr>");
        }
        html.Append("</table>");
    }

    private static void Footer(StringBuilder html, MailContent mail) =>
        html.Append("<tr><td class=\"nl-pad\" style=\"padding:16px 24px 8px;\">")
            .Append("<p class=\"nl-muted\" style=\"margin:0 0 8px;").Append(Font).Append("font-size:13px;line-height:1.5;color:#5F6368;\">").Append(E(mail.Why)).Append("</p>")
            .Append("<p class=\"nl-muted\" style=\"margin:0;").Append(Font).Append("font-size:13px;line-height:1.5;color:#5F6368;\">")
            .Append("<a class=\"nl-link\" href=\"").Append(E(mail.PreferencesUrl)).Append("\" style=\"color:").Append(Blue).Append(";\">").Append(E(mail.PreferencesLabel)).Append("</a> · ")
            .Append("<a class=\"nl-link\" href=\"").Append(E(mail.UnsubscribeUrl)).Append("\" style=\"color:").Append(Blue).Append(";\">").Append(E(mail.UnsubscribeLabel)).Append("</a>")
            .Append("</p></td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
