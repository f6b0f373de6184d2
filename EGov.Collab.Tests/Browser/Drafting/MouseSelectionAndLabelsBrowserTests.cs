using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Issue #22.5: a comment anchored on words selected with the mouse, and the redline showing a provision's number apart
/// from its text (the number is not part of the compared words).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class MouseSelectionAndLabelsBrowserTests(PortalBrowser browser)
{
    private const string Text = "Органи влади надають послуги.";

    [Fact]
    public async Task WordsSelectedByMouseDrag_AreTheCommentsAnchor()
    {
        var draftId = await NewLawAsync();
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        var provision = page.Locator(".draft-text").Nth(1);
        await Assertions.Expect(provision).ToHaveTextAsync(Text);

        // Press on the first letter of "влади", drag to the last letter of "надають", release.
        var box = await provision.EvaluateAsync<double[]>("""
            (el) => {
              const text = el.firstChild, from = el.textContent.indexOf('влади'), to = el.textContent.indexOf('надають') + 'надають'.length;
              const range = document.createRange();
              range.setStart(text, from);
              range.setEnd(text, to);
              const r = range.getBoundingClientRect();
              return [r.left, r.right, (r.top + r.bottom) / 2];
            }
            """);
        await page.Mouse.MoveAsync((float)box[0] + 1, (float)box[2]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)box[1] - 1, (float)box[2], new() { Steps = 8 });
        await page.Mouse.UpAsync();
        Assert.Equal("влади надають", await page.EvaluateAsync<string>("() => document.getSelection().toString()"));

        await page.Locator("[data-structure-comment]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=selection-comment]")).ToContainTextAsync("«влади надають»");
        await page.Locator("[data-testid=selection-comment-body]").FillAsync("Яких саме органів?");
        await page.Locator("[data-testid=selection-comment-send]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=selection-comment-added]")).ToBeVisibleAsync();

        var comment = Assert.Single(await browser.Services.GetRequiredService<Comments>().ListAsync(await DraftingFixture.UserAsync(browser.Services, "chair"), draftId));
        Assert.Equal("влади надають", comment.AnchoredText);
        Assert.Equal("Яких саме органів?", comment.Comment.Body);
    }

    [Fact]
    public async Task Redline_ShowsTheProvisionsNumberApartFromItsComparedText()
    {
        var draftId = await NewLawAsync();
        var editing = browser.Services.GetRequiredService<IDraftEditing>();
        var provision = (await editing.CurrentAsync(draftId)).Document.Provisions[1];
        var chairId = DraftArrangement.MemberId(await DraftingFixture.UserAsync(browser.Services, "chair"));
        Assert.True((await editing.ApplyAsync(draftId, chairId, [new DeleteText(provision.Id, 0, "Органи влади"), new InsertText(provision.Id, 0, "Громади")])).IsSuccess);

        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await page.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Версії та історія" }).ClickAsync();
        await page.Locator("[data-testid=revision]").First.Locator("[data-testid=revision-redline]").ClickAsync();

        var changed = page.Locator("[data-testid=redline-provision]").Filter(new() { Has = page.Locator("ins") });
        await Assertions.Expect(changed).ToHaveCountAsync(1);
        await Assertions.Expect(changed.Locator("[data-testid=redline-label]")).ToHaveTextAsync("Стаття 1");
        // The number stands outside the compared words: no "Стаття" inside the marked text, and the text is the provision's own.
        var compared = changed.Locator(".redline");
        await Assertions.Expect(compared).Not.ToContainTextAsync("Стаття");
        await Assertions.Expect(compared).ToContainTextAsync("надають послуги.");
        await Assertions.Expect(compared.Locator("ins")).ToHaveTextAsync("Громади");
        Assert.Equal("Органи влади", string.Concat(await compared.Locator("del").AllTextContentsAsync()).Trim());
    }

    private async Task<Guid> NewLawAsync()
    {
        var groupId = await DraftArrangement.GroupAsync(browser.Services, GroupVisibility.MembersOnly);
        return await DraftArrangement.LawAsync(browser.Services, groupId, "Виділення " + Guid.NewGuid().ToString("N")[..6], (ProvisionKind.Article, Text));
    }
}
