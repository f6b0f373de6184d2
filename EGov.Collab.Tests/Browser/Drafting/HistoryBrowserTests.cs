using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Issue #22.4 in the browser: one author's keystrokes in one provision are one revision in the history, another
/// author's edits another; and any revision opens as a redline against any other chosen one.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class HistoryBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task KeystrokesOfOneAuthorAreOneRevision_AnotherAuthorsAnother_AndAnyRevisionComparesWithAnyOther()
    {
        var services = browser.Services;
        var groupId = await DraftArrangement.GroupAsync(services, GroupVisibility.MembersOnly, "member1", "member2");
        var draftId = await DraftArrangement.LawAsync(services, groupId, "Історія правок", (ProvisionKind.Article, "Органи влади надають послуги."));
        var (text, _) = await services.GetRequiredService<IDraftEditing>().CurrentAsync(draftId);
        var provision = text.Provisions[1];

        // Ірина types in two bursts, each of several keystrokes.
        await using (var context = await browser.NewContextAsync())
        {
            var member = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
            await member.GotoAsync($"/drafting/drafts/{draftId}/edit");
            await PortalBrowser.WaitForCircuitAsync(member);
            var box = member.Locator($".draft-text[data-id='{provision.Id}']");
            await box.ClickAsync();
            await member.Keyboard.PressAsync("End");
            await member.Keyboard.TypeAsync(" Онлайн");
            await Assertions.Expect(member.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
            await member.Keyboard.TypeAsync(" і вчасно.");
            await Assertions.Expect(box).ToHaveTextAsync("Органи влади надають послуги. Онлайн і вчасно.");
            await Assertions.Expect(member.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        }
        // Then Тарас makes two changes of his own in the same provision.
        var taras = DraftArrangement.MemberId(await DraftingFixture.UserAsync(services, "member2"));
        var editing = services.GetRequiredService<IDraftEditing>();
        Assert.True((await editing.ApplyAsync(draftId, taras, [new InsertText(provision.Id, 0, "Усі ")])).IsSuccess);
        Assert.True((await editing.ApplyAsync(draftId, taras, [new DeleteText(provision.Id, "Усі Органи влади надають послуги.".Length, " Онлайн")])).IsSuccess);

        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Версії та історія" }).ClickAsync();

        // Newest first: Тарас's two changes, then Ірина's many keystrokes, each one row.
        var rows = chair.Locator("[data-testid=revision]");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).Locator("[data-testid=revision-author]")).ToContainTextAsync("Тарас Кравчук");
        await Assertions.Expect(rows.Nth(0).Locator("[data-testid=revision-changes]")).ToHaveTextAsync("2");
        await Assertions.Expect(rows.Nth(1).Locator("[data-testid=revision-author]")).ToContainTextAsync("Ірина Бондаренко");
        Assert.True(int.Parse(await rows.Nth(1).Locator("[data-testid=revision-changes]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 1,
            "Ірина's keystrokes were not grouped into one revision of several changes.");
        await Assertions.Expect(rows.Nth(0).Locator("[data-testid=revision-provisions]")).ToHaveTextAsync("Стаття 1");
        await Assertions.Expect(rows.Nth(1).Locator("[data-testid=revision-provisions]")).ToHaveTextAsync("Стаття 1");
        var irynasRevision = await rows.Nth(1).GetAttributeAsync("data-revision");

        // Тарас's revision against the one before it: only his changes are marked.
        await rows.Nth(0).Locator("[data-testid=revision-redline]").ClickAsync();
        var redline = chair.Locator("[data-testid=redline]");
        await Assertions.Expect(redline.Locator("ins")).ToHaveTextAsync("Усі");
        await Assertions.Expect(redline.Locator("del")).ToHaveTextAsync("Онлайн");

        // Any against any: the first text against Ірина's revision, chosen in the selectors; Тарас's later changes are not in it.
        await Choose(chair, "compare-from", "перша редакція");
        await Choose(chair, "compare-to", $"редакція {irynasRevision} (Ірина Бондаренко)");
        await chair.Locator("[data-testid=compare]").ClickAsync();
        await Assertions.Expect(redline.Locator("ins")).ToContainTextAsync("Онлайн і вчасно");
        await Assertions.Expect(redline.Locator("del")).ToHaveCountAsync(0);
        await Assertions.Expect(redline).Not.ToContainTextAsync("Усі");
        Assert.EndsWith($"from=0&to={irynasRevision}", await chair.Locator("[data-testid=redline-pdf]").GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    private static async Task Choose(IPage page, string select, string option)
    {
        await page.Locator($"[data-testid={select}]").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = option }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
    }
}
