using EGov.Collab.App.Common;

namespace EGov.Collab.Tests.Common;

public sealed class SafeHtmlTests
{
    public static TheoryData<string> Payloads() =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">клік</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">текст</p>",
        "[клік](javascript:alert(1))",
        "<details open ontoggle=alert(1)>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void NothingThatRuns_SurvivesEitherPath(string payload)
    {
        foreach (var html in new[] { SafeHtml.Sanitize(payload), SafeHtml.FromMarkdown(payload) })
        {
            // Escaped text such as "&lt;svg onload=…&gt;" is inert; what matters is the elements and attributes.
            var elements = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("*");
            Assert.DoesNotContain(elements, e => e.TagName is "SCRIPT" or "IFRAME" or "SVG");
            Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a =>
                a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style" ||
                a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Markdown_KeepsFormattingAndUkrainian()
    {
        var html = SafeHtml.FromMarkdown("**Прозорість** і [портал](https://egov.ua) — м'яко");
        Assert.Contains("<strong>Прозорість</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://egov.ua\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("м'яко", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_DropsTagsAndFoldsSpace() =>
        Assert.Equal("Заголовок Абзац тексту", SafeHtml.ToPlainText("<h2>Заголовок</h2>\n<p>Абзац   <em>тексту</em></p>"));
}
