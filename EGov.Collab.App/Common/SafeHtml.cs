using Ganss.Xss;
using Markdig;

namespace EGov.Collab.App.Common;

/// <summary>
/// The one way user-written text becomes HTML on the portal: journal articles, lesson pages, club messages.
/// Markdown is rendered with raw HTML switched off, and every result goes through the sanitiser, so a script,
/// an event handler or a javascript: link never reaches a page. The subset is strict: no forms or form controls (a fake
/// sign-in form on the portal's own origin) and images only from the portal itself (no tracking pixels).
/// </summary>
public static class SafeHtml
{
    // Declared before the sanitiser: static fields initialise in order.
    private static readonly string[] FormTags =
        ["form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output", "keygen"];

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    /// <summary>User HTML (from a rich-text editor or an import) with everything that could run removed.</summary>
    public static string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    /// <summary>Markdown rendered to safe HTML.</summary>
    public static string FromMarkdown(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitize(Markdig.Markdown.ToHtml(markdown, Markdown));

    /// <summary>The plain text of HTML, for search, excerpts, reading time and the text part of an email.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return System.Text.RegularExpressions.Regex.Replace(document.Body?.TextContent ?? "", @"\s+", " ").Trim();
    }

    /// <summary>A path on this portal ("/journal/…"), not another host ("//x", "https://x") nor a scheme ("data:").</summary>
    private static bool IsOwnPath(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\';

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        foreach (var tag in FormTags) sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in new[] { "srcset", "formaction", "action", "usemap", "longdesc", "background" }) sanitizer.AllowedAttributes.Remove(attribute);
        sanitizer.FilterUrl += (_, args) =>
        {
            if (args.Tag is { TagName: "IMG" } && !IsOwnPath(args.OriginalUrl)) args.SanitizedUrl = null;
        };
        sanitizer.PostProcessNode += (_, args) =>
        {
            if (args.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
                link.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        return sanitizer;
    }
}
