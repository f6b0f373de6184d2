using EGov.Collab.App.Cities;
using EGov.Collab.App.Documents;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Library;
using EGov.Collab.App.Methodology;
using EGov.Collab.App.Practices;
using EGov.Collab.App.Projects;
using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Domain.Methodology;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Domain.Projects;
using BodyFormat = EGov.Collab.Domain.Journal.BodyFormat;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Security;

/// <summary>
/// A corpus of XSS payloads stored through the services into fields that render user text, then opened in Chromium by
/// the roles that read them: nothing may run (every payload would set <c>window.__xss</c> or open a dialog) and no
/// payload element or handler may reach anywhere in the document, head included. A module that renders user text adds its
/// surface here (one partial file per group of modules; the expert club's topic messages also have their own test).
/// </summary>
[Collection(XssCorpusBrowser.Name)]
public sealed partial class XssCorpusBrowserTests(PortalBrowser browser)
{
    /// <summary>The payloads, those that break out of an attribute, a text area or a template first (a short field keeps the first few).</summary>
    private static readonly string[] Corpus =
    [
        "\"><script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=1\">",
        "{{constructor.constructor('window.__xss=1')()}}",
        "</textarea><img src=x onerror=window.__xss=1>",
        "<a href=\"javascript:window.__xss=1\">посилання</a>",
        "[посилання](javascript:window.__xss=1)",
        "<svg/onload=window.__xss=1>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
        "<details open ontoggle=window.__xss=1>x</details>",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
        "<form action=\"https://evil.example\"><input name=p><button>Увійти</button></form>",
        "<body onload=window.__xss=1>",
    ];

    /// <summary>Each payload on its own: for the fields a sanitiser parses (Markdown and HTML), where one payload could hide the next.</summary>
    public static TheoryData<string> Payloads() => new(Corpus);

    /// <summary>
    /// Every payload in one text, for fields the portal shows as plain text (encoded by Razor), where payloads cannot
    /// shield one another: one visit a page instead of twelve.
    /// </summary>
    private static readonly string AllPayloads = string.Join(" ", Corpus);

    [Fact]
    public async Task AllPayloads_InEveryFieldThatRendersUserText_DoNotRun() =>
        await AssertNothingRunsAsync(await Surfaces(AllPayloads));

    [Fact]
    public async Task AllPayloads_InTheKnowledgeModules_DoNotRun() =>
        await AssertNothingRunsAsync(await KnowledgeSurfaces(AllPayloads));

    /// <summary>
    /// What a payload would leave anywhere in the document (head included): a script that is neither the portal's own
    /// (a file of this origin or the import map with its nonce) nor JSON-LD data, a frame that is none of the portal's
    /// own (the library's PDF viewer, the newsletter preview, the outbox's mail, a lesson's video player), the fake
    /// sign-in form, an event handler, a javascript: link.
    /// </summary>
    private const string Injected =
        "script:not([src]):not([nonce]):not([type='application/ld+json']), script[src*='//'], " +
        "iframe:not(.library-pdf):not(.newsletter-frame):not(.mail-html):not([src^='https://www.youtube-nocookie.com/']):not([src^='https://player.vimeo.com/']), " +
        "form[action*='evil'], input[name=p], [onerror], [onload], [ontoggle], [onclick], a[href^='javascript:'], math, mglyph";

    /// <summary>A page and who opens it: a demo account's local part, or the address of a member the test registered.</summary>
    private sealed record Visit(string Account, string Url, string? Culture = null);

    private Task AssertNothingRunsAsync(IReadOnlyList<string> pages) => AssertNothingRunsAsync(pages.Select(url => new Visit("chair", url)).ToList());

    private async Task AssertNothingRunsAsync(IReadOnlyList<Visit> visits)
    {
        foreach (var account in visits.GroupBy(v => (v.Account, v.Culture)))
        {
            await using var context = await browser.NewContextAsync(account.Key.Culture);
            // A demo account by its local part, or a member the test registered by their whole address.
            var who = account.Key.Account;
            var page = who.Contains('@', StringComparison.Ordinal)
                ? await PortalBrowser.SignInAsync(context, who, MemberPassword)
                : await PortalBrowser.SignInAsync(context, $"{who}@{DemoData.EmailDomain}");
            var dialogs = new List<string>();
            page.Dialog += (_, dialog) =>
            {
                lock (dialogs) dialogs.Add(dialog.Message);
                _ = dialog.DismissAsync();
            };

            foreach (var url in account.Select(v => v.Url))
            {
                // A refused or missing page would test nothing: each one opens for its reader.
                var response = await page.GotoAsync(url);
                Assert.True(response is { Ok: true }, $"{url} ({who}) answered {response?.Status}");
                await PortalBrowser.WaitForCircuitAsync(page);
                await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();

                Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"a payload ran on {url} ({who})");
                var injected = await page.Locator(Injected).EvaluateAllAsync<string[]>("elements => elements.map(e => e.outerHTML.slice(0, 200))");
                Assert.True(injected.Length == 0, $"{url} ({who}) carries {string.Join(" | ", injected)}");
            }
            lock (dialogs) Assert.Empty(dialogs);
        }
    }

    /// <summary>Stores the payload in each surface and answers the pages that show it.</summary>
    private async Task<IReadOnlyList<string>> Surfaces(string payload)
    {
        var services = browser.Services;
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var groupId = (await services.GetRequiredService<WorkingGroups>().CreateAsync(chair, Short("Група " + payload), "Опис " + payload, GroupVisibility.MembersOnly)).Value;
        var draftId = (await services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.Law, Short("Проєкт " + payload), DraftSource.Blank, null)).Value;

        var (markdown, html) = await PublishedArticlesAsync(payload);
        var conversationId = await PrivateMessageToChairAsync(services, payload);

        return [$"/drafting/groups/{groupId}", $"/drafting/drafts/{draftId}", $"/journal/articles/{markdown}", $"/journal/articles/{html}", "/journal",
            "/expert-club/messages", $"/expert-club/messages/{conversationId}"];
    }

    /// <summary>Two articles the editor published with the payload in title, summary and body: one in Markdown, one in HTML.</summary>
    private async Task<(Guid Markdown, Guid Html)> PublishedArticlesAsync(string payload)
    {
        var services = browser.Services;
        var editor = await DraftingFixture.UserAsync(services, "editor");
        Guid sectionId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            sectionId = await db.JournalSections.Select(s => s.Id).FirstAsync();
        await using var scope = services.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
        var markdown = await articles.PublishAsync(editor, new ArticleForm { SectionId = sectionId, Title = Short("Стаття " + payload), Summary = Medium(payload), Body = "Текст " + payload, Format = BodyFormat.Markdown });
        var html = await articles.PublishAsync(editor, new ArticleForm { SectionId = sectionId, Title = "Стаття HTML " + Guid.NewGuid().ToString("N")[..4], Summary = Medium(payload), Body = "<p>Текст</p>" + payload, Format = BodyFormat.Html });
        Assert.True(markdown.IsSuccess, markdown.Error?.Code);
        Assert.True(html.IsSuccess, html.Error?.Code);
        return (markdown.Value, html.Value);
    }

    /// <summary>
    /// The payload as expert1's private message to the chair (who reads the pages), stored as the service stores it; not
    /// through the service itself, whose per-member rate limit a quick run of the corpus would reach.
    /// </summary>
    private static async Task<Guid> PrivateMessageToChairAsync(IServiceProvider services, string payload)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var expert = await db.Users.Where(u => u.Email == $"expert1@{DemoData.EmailDomain}").Select(u => u.Id).SingleAsync();
        var chair = await db.Users.Where(u => u.Email == $"chair@{DemoData.EmailDomain}").Select(u => u.Id).SingleAsync();
        var (first, second) = Conversation.PairOf(expert, chair);
        var conversation = await db.ClubConversations.SingleOrDefaultAsync(c => c.FirstMemberId == first && c.SecondMemberId == second);
        if (conversation is null)
        {
            conversation = Conversation.Start(expert, chair, DateTimeOffset.UtcNow).Value;
            db.ClubConversations.Add(conversation);
        }
        db.ClubDirectMessages.Add(conversation.Write(expert, "Лист " + payload, DateTimeOffset.UtcNow).Value);
        await db.SaveChangesAsync();
        return conversation.Id;
    }

    /// <summary>
    /// The payload in the library (title, creators, abstract), the methodology base (act, template, example), the
    /// practices depository, the project exchange and a city cabinet's news, each published so the chair (or anyone) sees it.
    /// </summary>
    private async Task<IReadOnlyList<string>> KnowledgeSurfaces(string payload)
    {
        var services = browser.Services;
        var admin = await DraftingFixture.UserAsync(services, "admin");
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var methodologist = await DraftingFixture.UserAsync(services, "methodologist");
        var cityManager = await DraftingFixture.UserAsync(services, "citymanager");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider;
        Guid collectionId;
        Guid lvivId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            collectionId = await db.LibraryCollections.Select(c => c.Id).FirstAsync();
            lvivId = await db.Communities.Where(c => c.KatottgCode == CitiesDemoData.LvivHromada).Select(c => c.Id).SingleAsync();
        }

        var library = scoped.GetRequiredService<LibrarySubmissions>();
        var item = await library.SubmitAsync(admin, new LibraryItemForm
        {
            CollectionId = collectionId, TitleUk = Medium("Видання " + payload), Creators = Short("Автор " + payload), Subjects = Short(payload),
            AbstractUk = "Анотація " + payload, Publisher = Short(payload), DateIssued = "2024-05-01", LicenceGranted = true,
        }, new MemoryStream(new PdfDocumentBuilder().Title("XSS " + suffix).Paragraph("Сторінка " + suffix).Build()), $"xss-{suffix}.pdf");
        Assert.True(item.IsSuccess, item.Error?.Code);
        Ok(await library.DecideAsync(admin, item.ItemId!.Value, LibraryDecision.Accept, payload, null));

        var acts = scoped.GetRequiredService<LegalActs>();
        var act = await acts.SaveAsync(methodologist, null, new LegalActCard($"xss-{suffix}", Medium("Закон " + payload), LegalActType.Law, $"{suffix}-IX",
            new DateOnly(2020, 1, 1), "Верховна Рада України"));
        Ok(act);
        var template = await scoped.GetRequiredService<Templates>().CreateAsync(methodologist, new TemplateInput(Short("Шаблон " + payload), payload,
            DraftKind.Order, MethodologyLevel.Community, "Title: Рішення {{community}}\nPart: Відповідно до закону.", [act.Value]));
        Ok(template);
        Ok(await scoped.GetRequiredService<Examples>().CreateAsync(methodologist, new ExampleInput(ExampleKind.Method, Short("Методика " + payload),
            payload, MethodologyLevel.National, null, null, 2024, "тема " + suffix, null, [act.Value])));

        var practices = scoped.GetRequiredService<PracticeEditing>();
        var practice = await practices.CreateAsync(chair, new PracticeContent
        {
            TitleUk = Short("Практика " + payload), ProblemUk = payload, SolutionUk = payload, ImplementationUk = payload, ResourcesUk = payload,
            LessonsUk = payload, TransferabilityUk = payload, Contacts = Medium(payload), CommunityId = lvivId,
        });
        Ok(practice);
        Ok(await practices.SubmitAsync(chair, practice.Value));
        Ok(await practices.PublishAsync(admin, practice.Value, payload));

        var listings = scoped.GetRequiredService<ListingService>();
        var content = ListingContent.Create(ListingKind.Solution, ListingDirection.Offer, Short("Рішення " + payload), null, "Опис " + payload, null,
            DevelopmentStatus.Stable, MaintenanceType.Community, "EUPL-1.2", null, ["web"], ["queue-management"], Short("Контакт " + payload),
            $"xss-{suffix}@example.org", null, null, GovernmentLevels.Local, [], []);
        Ok(content);
        var listing = await listings.SubmitAsync(chair, content.Value);
        Ok(listing);
        Ok(await listings.ModerateAsync(admin, listing.Value, true, null));

        Ok(await scoped.GetRequiredService<CityManagement>().PostNewsAsync(cityManager, lvivId, Short("Новина " + payload), "Текст " + payload));

        return
        [
            LibraryLinks.Item(item.ItemId.Value), "/library",
            MethodologyLinks.Act(act.Value), MethodologyLinks.Template(template.Value), "/methodology/examples",
            PracticeLinks.Practice(practice.Value), "/practices",
            ProjectsLinks.Listing(listing.Value), "/projects",
            $"/cities/{CitiesDemoData.LvivHromada}",
        ];
    }

    private static void Ok(Result result) => Assert.True(result.IsSuccess, result.Error?.ToString());
}
