using Ganss.Xss;
using Markdig;

namespace EGov.Collab.App.Common;

/// <summary>
/// The one way user-written text becomes HTML on the portal: journal articles, lesson pages, club messages.
/// Markdown is rendered with raw HTML switched off, and every result goes through the sanitiser, so a script,
/// an event handler or a javascript: link never reaches a page.
/// </summary>
public static class SafeHtml
{
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

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.PostProcessNode += (_, args) =>
        {
            if (args.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
                link.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        return sanitizer;
    }
}
