using System.Globalization;
using System.Security.Claims;
using System.Text;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Learning;
using EGov.Collab.App.Methodology;
using EGov.Collab.Data;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Domain.Methodology;
using EGov.Collab.Tests.Browser.ExpertClub;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Security;

/// <summary>
/// Finding 8 of the outside test, at the edge of each documented limit of a long text a member types: one character
/// over is refused with the limit's message in the reader's language, the text stays where it was typed (nothing
/// lost, the circuit alive: the next action works) and nothing is stored; the maximum itself is stored whole.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class TextLimitEdgeBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Provision_APasteOneCharacterOverThePasteLimit_IsRefusedWithTheMessage_TheProvisionKept_AndThePasteAtTheLimitSaves()
    {
        var (draftId, _) = await DraftAsync("Вставка понад межу");
        var paste = Text(DraftLimits.MaxPasteLength);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
        await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        var provision = page.Locator(".draft-text").First;
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        var before = await provision.TextContentAsync() ?? "";

        await provision.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.InsertTextAsync(paste + "я");

        await Assertions.Expect(page.Locator("[data-editor-message]")).ToHaveTextAsync(Wording<LiveEditingResource>("drafting.edit.paste-too-long"));
        Assert.Equal(before, await provision.TextContentAsync());
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");

        await page.Keyboard.InsertTextAsync(paste);
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".draft-text").First).ToContainTextAsync(paste[^40..]);
        Assert.Equal(before + paste, await page.Locator(".draft-text").First.TextContentAsync());
    }

    [Fact]
    public async Task Provision_OneCharacterOverTheProvisionLimit_IsRefusedWithTheMessage_TheTextKept_AndTheLimitItselfSavesWhole()
    {
        var (draftId, member) = await DraftAsync("Положення на межі");
        var sessions = browser.Services.GetRequiredService<DraftSessions>();
        var session = (await sessions.GetAsync(draftId))!;
        var (document, revision) = session.Current;
        var first = document.Provisions[0];
        // Filled by the service to the limit less one paste; the browser pastes the rest.
        var operations = new List<DraftOperation>();
        var seed = new StringBuilder();
        for (var left = DraftLimits.MaxProvisionLength - DraftLimits.MaxPasteLength - first.Text.Length; left > 0; left -= DraftLimits.MaxPasteLength)
        {
            var piece = Text(Math.Min(DraftLimits.MaxPasteLength, left));
            operations.Add(new InsertText(first.Id, first.Text.Length + seed.Length, piece));
            seed.Append(piece);
        }
        var seeded = await sessions.SubmitAsync(draftId, new DraftSubmission(Guid.NewGuid(), 1, revision, operations, member));
        Assert.Null(seeded.Error);
        var paste = Text(DraftLimits.MaxPasteLength);
        var full = first.Text + seed + paste;
        Assert.Equal(DraftLimits.MaxProvisionLength, full.Length);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
        await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        var provision = page.Locator(".draft-text").First;
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");

        await provision.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.InsertTextAsync(paste);
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        await page.Keyboard.TypeAsync("я");

        await Assertions.Expect(page.Locator("[data-editor-message]")).ToHaveTextAsync(Wording<LiveEditingResource>("drafting.edit.provision-too-long"));
        Assert.Equal(full, await provision.TextContentAsync());
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("ь");
        var edited = full[..^1] + "ь";
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".draft-text").First).ToContainTextAsync(edited[^40..]);
        Assert.Equal(edited, await page.Locator(".draft-text").First.TextContentAsync());
    }

    [Fact]
    public async Task Article_ABodyOneCharacterOverTheMaximum_IsRefusedWithTheMessage_TheTextKept_AndTheMaximumIsStoredWhole()
    {
        var title = "Стаття на межі " + Guid.NewGuid().ToString("N")[..6];
        var body = Text(ArticleContent.BodyMaxLength);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "contributor@demo.egov.ua");
        await page.GotoAsync("/journal/submit");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.FillAsync("#article-title", title);

        await page.FillAsync("#article-body", body + "я");
        await page.ClickAsync("[data-testid=article-save]");

        await Assertions.Expect(page.Locator("[data-testid=editor-error]")).ToContainTextAsync(Wording<JournalResource>("Journal.Error.BodyTooLong", ArticleContent.BodyMaxLength));
        Assert.Equal(body + "я", await page.InputValueAsync("#article-body"));
        await using (var db = await DbAsync())
            Assert.False(await db.JournalArticles.AnyAsync(a => a.Title == title));

        await page.FillAsync("#article-body", body);
        await page.ClickAsync("[data-testid=article-save]");
        await Assertions.Expect(page.Locator("[data-testid=submission-saved]")).ToBeVisibleAsync();
        Guid id;
        await using (var db = await DbAsync())
        {
            var saved = await db.JournalArticles.AsNoTracking().Where(a => a.Title == title).Select(a => new { a.Id, a.BodySource }).SingleAsync();
            Assert.Equal(body, saved.BodySource);
            id = saved.Id;
        }
        await page.GotoAsync($"/journal/articles/{id}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#article-body")).ToHaveValueAsync(body);
    }

    [Fact]
    public async Task ActEdition_TextOneCharacterOverTheMaximum_IsRefusedWithTheMessage_TheTextKept_AndTheMaximumIsStoredWhole()
    {
        var editor = await DraftingFixture.UserAsync(browser.Services, "methodologist");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Guid actId;
        await using (var scope = browser.Services.CreateAsyncScope())
            actId = (await scope.ServiceProvider.GetRequiredService<LegalActs>().SaveAsync(editor, null, new LegalActCard($"limit-{suffix}", $"Постанова з довгою редакцією {suffix}",
                LegalActType.Resolution, suffix, new DateOnly(2021, 3, 1), "Кабінет Міністрів України"))).Value;
        var text = Text(ActEdition.TextMaxLength);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "methodologist@demo.egov.ua");
        await page.GotoAsync($"/methodology/acts/{actId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator(".mud-expand-panel-header", new() { HasText = Wording<MethodologyResource>("Act.AddEdition") }).ClickAsync();
        await page.Locator("[data-testid=edition-date] input").ClickAsync();
        await page.Locator(".mud-picker-calendar-day.mud-current").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=edition-date] input")).Not.ToHaveValueAsync("");

        await page.FillAsync("#edition-text", text + "я");
        await page.ClickAsync("[data-testid=edition-save]");

        await Assertions.Expect(page.Locator("[data-testid=act-action-error]")).ToContainTextAsync(Wording<MethodologyResource>("Act.EditionTextTooLong", ActEdition.TextMaxLength));
        Assert.Equal(text + "я", await page.InputValueAsync("#edition-text"));
        await using (var db = await DbAsync())
            Assert.False(await db.ActEditions.AnyAsync(e => e.ActId == actId));

        await page.FillAsync("#edition-text", text);
        await page.ClickAsync("[data-testid=edition-save]");
        await Assertions.Expect(page.Locator("#edition-text")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("[data-testid=act-action-error]")).ToHaveCountAsync(0);
        await using (var db = await DbAsync())
            Assert.Equal(text, await db.ActEditions.Where(e => e.ActId == actId).Select(e => e.Text).SingleAsync());
    }

    [Fact]
    public async Task Lesson_ABodyOneCharacterOverTheMaximum_IsRefusedWithTheMessage_TheTextKept_AndTheMaximumIsStoredWhole()
    {
        var trainer = await LearningSeed.PrincipalAsync(browser.Services, LearningSeed.TrainerEmail);
        var authoring = browser.Services.GetRequiredService<CourseAuthoring>();
        var courseId = (await authoring.CreateAsync(trainer, new CourseForm { Title = "Курс з довгим уроком " + Guid.NewGuid().ToString("N")[..6], Hours = 2, Issuer = "Академія", CertificatePrefix = "LM" })).Value;
        Assert.True((await authoring.AddSectionAsync(trainer, courseId, "Вступ")).IsSuccess);
        var body = Text(Lesson.BodyMaxLength);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, LearningSeed.TrainerEmail);
        await page.GotoAsync($"/learning/courses/{courseId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.ClickAsync("[data-testid=add-lesson]");
        await page.FillAsync("#lesson-title", "Довгий урок");

        await page.FillAsync("#lesson-body", body + "я");
        await page.ClickAsync("[data-testid=save-lesson]");

        await Assertions.Expect(page.Locator("[data-testid=lesson-editor]")).ToContainTextAsync(Wording<LearningResource>("Learning.Author.BodyTooLong", Lesson.BodyMaxLength));
        Assert.Equal(body + "я", await page.InputValueAsync("#lesson-body"));
        await using (var db = await DbAsync())
            Assert.False(await db.Lessons.AnyAsync(l => l.CourseId == courseId));

        await page.FillAsync("#lesson-body", body);
        await page.ClickAsync("[data-testid=save-lesson]");
        await Assertions.Expect(page.Locator("[data-testid=author-step]")).ToHaveTextAsync("Довгий урок");
        await using (var db = await DbAsync())
            Assert.Equal(body, await db.Lessons.Where(l => l.CourseId == courseId).Select(l => l.BodySource).SingleAsync());
        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.ClickAsync("[data-testid=author-step]");
        await Assertions.Expect(page.Locator("#lesson-body")).ToHaveValueAsync(body);
    }

    [Fact]
    public async Task Opinion_AnAnalysisOneCharacterOverTheMaximum_IsRefusedWithTheMessage_TheTextKept_AndTheMaximumIsStoredWhole()
    {
        var expert = await DraftingFixture.UserAsync(browser.Services, "expert1");
        var subject = (await browser.Services.GetRequiredService<IOpinionSubjects>().ListAsync(expert))[0];
        var summary = "Висновок на межі " + Guid.NewGuid().ToString("N")[..6];
        var analysis = Text(ExpertOpinion.AnalysisMaxLength);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, ClubTopics.Expert1);
        await page.GotoAsync($"/expert-club/opinions/new?kind={Uri.EscapeDataString(subject.Kind)}&id={subject.Id}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.FillAsync("#opinion-summary", summary);
        await page.FillAsync("#opinion-recommendation", "Ухвалити з поправками.");

        await page.FillAsync("#opinion-analysis", analysis + "я");
        await page.ClickAsync("[data-testid=opinion-publish]");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Wording<ExpertClubResource>("ExpertClub.AnalysisTooLong", ExpertOpinion.AnalysisMaxLength));
        Assert.Equal(analysis + "я", await page.InputValueAsync("#opinion-analysis"));
        await using (var db = await DbAsync())
            Assert.False(await db.ExpertOpinions.AnyAsync(o => o.Summary == summary));

        await page.FillAsync("#opinion-analysis", analysis);
        await page.ClickAsync("[data-testid=opinion-publish]");
        await page.WaitForURLAsync("**/expert-club/experts/**");
        await using (var db = await DbAsync())
            Assert.Equal(analysis, await db.ExpertOpinions.Where(o => o.Summary == summary).Select(o => o.Analysis).SingleAsync());
    }

    [Fact]
    public async Task ClubMessage_OneCharacterOverTheMaximum_IsRefusedWithTheMessage_TheTextKept_AndTheMaximumIsPostedWhole()
    {
        var topic = await ClubTopics.FreshAsync(browser, "Довгі повідомлення");
        var email = await ClubTopics.NewMemberAsync(browser); // a rate limit of its own, whatever other tests posted
        var text = Text(Message.TextMaxLength);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, email, ClubTopics.MemberPassword);
        await page.GotoAsync($"/expert-club/topics/{topic}");
        await PortalBrowser.WaitForCircuitAsync(page);
        var composer = page.Locator(".club-composer textarea");

        await composer.FillAsync(text + "я");
        await page.ClickAsync("[data-testid=send]");

        await Assertions.Expect(page.Locator("[data-testid=composer]")).ToContainTextAsync(Wording<ExpertClubResource>("ExpertClub.MessageTooLong", Message.TextMaxLength));
        Assert.Equal(text + "я", await composer.InputValueAsync());
        await using (var db = await DbAsync())
            Assert.False(await db.ClubMessages.AnyAsync(m => m.TopicId == topic));

        await composer.FillAsync(text);
        await page.ClickAsync("[data-testid=send]");
        await Assertions.Expect(composer).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("[data-testid=message-body]")).ToHaveCountAsync(1);
        await using (var db = await DbAsync())
            Assert.Equal(text, await db.ClubMessages.Where(m => m.TopicId == topic).Select(m => m.Text).SingleAsync());
    }

    private async Task<(Guid DraftId, Guid MemberId)> DraftAsync(string title)
    {
        var member = await DraftingFixture.UserAsync(browser.Services, "member1");
        var groupId = (await browser.Services.GetRequiredService<WorkingGroups>().CreateAsync(member, "Група меж " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;
        var draftId = (await browser.Services.GetRequiredService<Drafts>().CreateAsync(member, groupId, DraftKind.Law, title, DraftSource.Blank, null)).Value;
        return (draftId, Guid.Parse(member.FindFirstValue(ClaimTypes.NameIdentifier)!));
    }

    private async Task<CollabDbContext> DbAsync() =>
        await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    /// <summary>A message as the portal words it for a Ukrainian reader (the default language of a signed-in page).</summary>
    private string Wording<TResource>(string key, params object[] arguments)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("uk-UA");
        try
        {
            return browser.Services.GetRequiredService<IStringLocalizer<TResource>>()[key, arguments].Value;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    // Cyrillic words with an apostrophe and an emoji now and then (two bytes a character in UTF-8, some surrogate
    // pairs), exactly `length` UTF-16 units, with a letter at each end so no trimming can shorten it.
    private static string Text(int length)
    {
        var words = new[] { "Громада ", "м'яко ", "запроваджує ", "електронні ", "послуги ", "для ", "мешканців ", "🙂 " };
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++) text.Append(words[i % words.Length]);
        text.Length = length;
        var last = text[^1];
        if (char.IsWhiteSpace(last) || char.IsHighSurrogate(last)) text[^1] = 'я';
        return text.ToString();
    }
}
