using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using EGov.Collab.App.Common;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>The newsletter mail as the renderer writes it: layout, dark mode, encoding, dates in the edition's language.</summary>
public sealed class NewsletterLayoutTests : IDisposable
{
    private static readonly DateTimeOffset Published = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public NewsletterLayoutTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:PublicUrl"] = "https://egov.example.ua" }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production })
            .AddLogging()
            .AddLocalization()
            .AddSingleton<PublicLinks>()
            .AddSingleton<JournalLinks>()
            .AddScoped<NewsletterRenderer>()
            .BuildServiceProvider();
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Mail_IsAPresentationTableLayoutOf600px_WithThePortalsNameAndColours_DarkModeAndPreheader()
    {
        var rendered = Render(NewsletterLanguages.Ukrainian, "Громади переходять на е-послуги", introduction: "Вітаємо! Ось що нового цього тижня.");
        var document = Parse(rendered.Html);

        Assert.Equal("uk", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("light dark", document.QuerySelector("meta[name=color-scheme]")?.GetAttribute("content"));
        Assert.Equal("light dark", document.QuerySelector("meta[name=supported-color-schemes]")?.GetAttribute("content"));
        var style = document.Head!.QuerySelector("style")!.TextContent;
        Assert.Contains("@media (prefers-color-scheme:dark)", style, StringComparison.Ordinal);

        var tables = document.QuerySelectorAll("table");
        Assert.True(tables.Length >= 3);
        Assert.All(tables, t => Assert.Equal("presentation", t.GetAttribute("role")));
        var container = document.QuerySelector("table.nl-container")!;
        Assert.Equal("600", container.GetAttribute("width"));
        Assert.Contains("max-width:600px", container.GetAttribute("style"), StringComparison.Ordinal);

        var header = document.QuerySelector("td.nl-header")!;
        Assert.Contains("background-color:" + NewsletterLayout.Blue, header.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("Ми розвиваємо електронне урядування", header.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://egov.example.ua/", header.QuerySelector("a")!.GetAttribute("href"));
        // Text on the light card carries its light colours inline, so a client that drops <style> still shows it readable.
        Assert.All(document.QuerySelectorAll(".nl-text, .nl-muted, .nl-link"), e => Assert.Matches("(^|;)color:#[0-9A-F]{6}", e.GetAttribute("style")));

        var preheader = document.Body!.FirstElementChild!;
        Assert.Contains("display:none", preheader.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal("Вітаємо! Ось що нового цього тижня.", preheader.TextContent);

        var links = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(RenderedEdition.ManagePlaceholder, links);
        Assert.Contains(RenderedEdition.UnsubscribePlaceholder, links);
        Assert.Contains("https://egov.example.ua/journal/articles/one", links);
        Assert.Contains("Ви отримали цей лист", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UserText_IsEncoded_InHtml_AndKeptAsWritten_InText()
    {
        const string title = "<script>alert(1)</script> «Дія» & <b>громади</b>";
        const string introduction = "<img src=x onerror=alert(2)> вступ";
        var rendered = Render(NewsletterLanguages.Ukrainian, title, introduction);
        var document = Parse(rendered.Html);

        Assert.Empty(document.QuerySelectorAll("script, img, b"));
        Assert.Equal(title, document.QuerySelector("a.nl-link")!.TextContent);
        Assert.Contains(introduction, document.QuerySelector("td.nl-card p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("* " + title, rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NewsletterLanguages.Ukrainian, "7 грудня 2026", "20 грудня 2026")]
    [InlineData(NewsletterLanguages.English, "December 7, 2026", "December 20, 2026")]
    public void ItemDates_AreInTheEditionsLanguage_WhateverTheCurrentCulture(string language, string published, string happens)
    {
        // The job renders on a thread whose culture is whatever the server's is: the edition decides, not the thread.
        using var _ = TestCulture.Use(language == NewsletterLanguages.English ? "uk-UA" : "en-US");
        var cohort = new NewsletterItem("learning", "Курс", "", "/learning/courses/1", Published, language, HappensOn: new DateOnly(2026, 12, 20));
        var rendered = Render(language, "Стаття", extra: cohort);
        var dates = Parse(rendered.Html).QuerySelectorAll("td.nl-card div.nl-muted").Select(d => d.TextContent).ToList();

        Assert.Equal([published, happens], dates);
        Assert.Contains("  " + published + "\n", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("  " + happens + "\n", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_Edition_SpeaksEnglish_FromSubjectToFooter()
    {
        var rendered = Render(NewsletterLanguages.English, "Communities go digital");
        var document = Parse(rendered.Html);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("We Are Developing E-Governance", document.QuerySelector("td.nl-header")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Відписатися", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch("[а-яіїєґ]", document.QuerySelector("td.nl-header")!.TextContent);
    }

    private RenderedEdition Render(string language, string title, string introduction = "", NewsletterItem? extra = null)
    {
        List<NewsletterItem> items = [new("journal", title, "Анонс", "/journal/articles/one", Published, language)];
        if (extra is not null) items.Add(extra);
        var sections = items.GroupBy(i => i.Source).Select(g => new NewsletterSection(g.Key, g.ToList())).ToList();
        var issue = NewsletterIssue.Create(3, Published.AddDays(-7), Published.AddHours(1),
            [new EditionContent(SubscriberAudience.Public, language, sections)], Published.AddHours(1));
        var edition = issue.Editions.Single();
        if (introduction.Length > 0) Assert.True(edition.EditIntroduction(introduction).IsSuccess);
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<NewsletterRenderer>().Render(issue.Number, edition);
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
