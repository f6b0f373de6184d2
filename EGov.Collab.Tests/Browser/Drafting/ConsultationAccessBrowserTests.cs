using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Issue #22.1: who may take part in a consultation. A members-only group's chair is not offered one and a visitor gets
/// a 404; during a consultation a signed-in member outside the group comments and proposes, and the chair sees both.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ConsultationAccessBrowserTests(PortalBrowser browser)
{
    private const string Outsider = "Марія Коваленко"; // juror1: a portal member in no working group

    [Fact]
    public async Task MembersOnlyGroup_ChairIsToldWhyThereIsNoConsultation_AndAVisitorGets404()
    {
        var groupId = await DraftArrangement.GroupAsync(browser.Services, GroupVisibility.MembersOnly);
        var draftId = await DraftArrangement.LawAsync(browser.Services, groupId, "Закрита " + Guid.NewGuid().ToString("N")[..6],
            (ProvisionKind.Article, "Внутрішні правила групи."));

        var visitor = await browser.NewPageAsync();
        await using (visitor.Context)
        {
            var response = await visitor.GotoAsync($"/drafting/drafts/{draftId}");
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(visitor.Locator("body")).Not.ToContainTextAsync("Внутрішні правила групи.");
        }

        await using var context = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await chair.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Обговорення" }).ClickAsync();

        await Assertions.Expect(chair.Locator("[data-testid=consultation-members-only]"))
            .ToHaveTextAsync("Група працює лише для своїх учасників, тому її проєкти не виносять на громадське обговорення.");
        await Assertions.Expect(chair.Locator("[data-testid=open-consultation]")).ToHaveCountAsync(0);
        await Assertions.Expect(chair.Locator("[data-testid=consultation-deadline]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignedInMemberOutsideTheGroup_CommentsAndProposesDuringAConsultation_AndTheChairSeesBoth()
    {
        var groupId = await DraftArrangement.GroupAsync(browser.Services, GroupVisibility.OpenToConsultation);
        var draftId = await DraftArrangement.LawAsync(browser.Services, groupId, "Відкрита " + Guid.NewGuid().ToString("N")[..6],
            (ProvisionKind.Article, "Громади публікують бюджети щороку."));
        await DraftArrangement.OpenConsultationAsync(browser.Services, draftId, TimeSpan.FromDays(10));
        var tag = Guid.NewGuid().ToString("N")[..6];
        var proposed = $"Громади публікують бюджети щокварталу ({tag}).";
        var remark = $"Чи встигнуть малі громади? ({tag})";

        await using (var outsiderContext = await browser.NewContextAsync())
        {
            var outsider = await PortalBrowser.SignInAsync(outsiderContext, "juror1@demo.egov.ua");
            await outsider.GotoAsync($"/drafting/drafts/{draftId}");
            await PortalBrowser.WaitForCircuitAsync(outsider);
            await Assertions.Expect(outsider.Locator("[data-testid=edit-live]")).ToHaveCountAsync(0);

            await outsider.GetByRole(AriaRole.Tab, new() { Name = "Поправки" }).ClickAsync();
            await MudSelects.ChooseAsync(outsider, "amendment-provision", "Громади публікують бюджети щороку.");
            await outsider.Locator("textarea[data-testid=amendment-text], [data-testid=amendment-text] textarea").FillAsync(proposed);
            await outsider.Locator("textarea[data-testid=amendment-rationale], [data-testid=amendment-rationale] textarea").FillAsync("Частіше — прозоріше.");
            await outsider.Locator("[data-testid=propose-amendment]").ClickAsync();
            await Assertions.Expect(outsider.Locator("[data-testid=amendment]").Filter(new() { HasText = tag })).ToHaveCountAsync(1);

            await outsider.GetByRole(AriaRole.Tab, new() { Name = "Коментарі" }).ClickAsync();
            await MudSelects.ChooseAsync(outsider, "comment-provision", "Громади публікують бюджети щороку.");
            var words = outsider.Locator("input[data-testid=comment-words], [data-testid=comment-words] input");
            await words.FillAsync("щороку");
            await words.PressAsync("Tab");
            await Assertions.Expect(words).ToHaveValueAsync("щороку");
            await outsider.Locator("textarea[data-testid=comment-body], [data-testid=comment-body] textarea").FillAsync(remark);
            await outsider.Locator("[data-testid=comment-submit]").ClickAsync();
            await Assertions.Expect(outsider.Locator("[data-testid=comment]").Filter(new() { HasText = tag })).ToHaveCountAsync(1);
        }

        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Поправки" }).ClickAsync();
        var amendment = chair.Locator("[data-testid=amendment]").Filter(new() { HasText = tag });
        await Assertions.Expect(amendment).ToContainTextAsync(Outsider);
        await Assertions.Expect(amendment.Locator("ins")).ToContainTextAsync("щокварталу");
        await Assertions.Expect(amendment.Locator("[data-testid=accept]")).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Коментарі" }).ClickAsync();
        var comment = chair.Locator("[data-testid=comment]").Filter(new() { HasText = tag });
        await Assertions.Expect(comment).ToContainTextAsync(Outsider + ": " + remark);
        await Assertions.Expect(comment.Locator("mark")).ToHaveTextAsync("щороку");
    }
}
