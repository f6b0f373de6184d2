using EGov.Collab.App.Drafting;
using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Drafting;
using BodyFormat = EGov.Collab.Domain.Journal.BodyFormat;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Security;

/// <summary>
/// A corpus of XSS payloads stored through the services into fields that render user text, then opened in Chromium:
/// nothing may run (every payload would set <c>window.__xss</c> or open a dialog) and no payload element or handler
/// may reach the DOM. A module that renders user text adds its surface to <see cref="Surfaces"/>.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class XssCorpusBrowserTests(PortalBrowser browser)
{
    public static TheoryData<string> Payloads() =>
    [
        "<img src=x onerror=\"window.__xss=1\">",
        "<svg/onload=window.__xss=1>",
        "\"><script>window.__xss=1</script>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
        "<details open ontoggle=window.__xss=1>x</details>",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
        "<a href=\"javascript:window.__xss=1\">посилання</a>",
        "[посилання](javascript:window.__xss=1)",
        "<form action=\"https://evil.example\"><input name=p><button>Увійти</button></form>",
        "{{constructor.constructor('window.__xss=1')()}}",
        "</textarea><img src=x onerror=window.__xss=1>",
        "<body onload=window.__xss=1>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_InEveryFieldThatRendersUserText_DoesNotRun(string payload)
    {
        var pages = await Surfaces(payload);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            lock (dialogs) dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            await PortalBrowser.WaitForCircuitAsync(page);
            await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();

            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"a payload ran on {url}");
            Assert.Equal(0, await page.Locator("main script:not([type='application/ld+json']), main iframe, main form[action*='evil'], main input[name=p], main [onerror], main [onload], main [ontoggle], main a[href^='javascript:']").CountAsync());
        }
        Assert.Empty(dialogs);
    }

    /// <summary>Stores the payload in each surface and answers the pages that show it.</summary>
    private async Task<IReadOnlyList<string>> Surfaces(string payload)
    {
        var services = browser.Services;
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var groupId = (await services.GetRequiredService<WorkingGroups>().CreateAsync(chair, "Група " + payload, "Опис " + payload, GroupVisibility.MembersOnly)).Value;
        var draftId = (await services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.Law, "Проєкт " + payload, DraftSource.Blank, null)).Value;

        var editor = await DraftingFixture.UserAsync(services, "editor");
        Guid sectionId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            sectionId = await db.JournalSections.Select(s => s.Id).FirstAsync();
        await using var scope = services.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
        var markdown = await articles.PublishAsync(editor, new ArticleForm { SectionId = sectionId, Title = "Стаття " + payload, Summary = payload, Body = "Текст " + payload, Format = BodyFormat.Markdown });
        var html = await articles.PublishAsync(editor, new ArticleForm { SectionId = sectionId, Title = "Стаття HTML " + Guid.NewGuid().ToString("N")[..4], Summary = payload, Body = "<p>Текст</p>" + payload, Format = BodyFormat.Html });
        Assert.True(markdown.IsSuccess, markdown.Error?.Code);
        Assert.True(html.IsSuccess, html.Error?.Code);

        return [$"/drafting/groups/{groupId}", $"/drafting/drafts/{draftId}", $"/journal/articles/{markdown.Value}", $"/journal/articles/{html.Value}", "/journal"];
    }
}
