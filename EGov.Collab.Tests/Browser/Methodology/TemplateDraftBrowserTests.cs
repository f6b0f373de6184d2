using System.Text.RegularExpressions;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Methodology;

/// <summary>The chair's journey: a template becomes a draft in the drafting module, which the chair then edits live.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class TemplateDraftBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Chair_CreatesADraftFromATemplate_AndEditsItLive()
    {
        var templateId = await TemplateIdAsync(MethodologyDemoData.CommunityProgrammeTitle);
        await using var context = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await chair.GotoAsync($"/methodology/templates/{templateId}");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await Assertions.Expect(chair.Locator("[data-testid=template-structure-view]")).ToContainTextAsync("Розділ I. Загальні положення");

        await Field(chair, "template-draft-title").FillAsync("Програма цифрового розвитку Куликівської громади на 2027–2029 роки");
        await Field(chair, "placeholder-community").FillAsync("Куликівської громади");
        await Field(chair, "placeholder-yearFrom").FillAsync("2027");
        await chair.Locator("[data-testid=template-create-draft]").ClickAsync();

        await chair.WaitForURLAsync(EditorUrl());
        await PortalBrowser.WaitForCircuitAsync(chair);
        var goal = chair.Locator(".draft-text").Filter(new() { HasText = "Зробити адміністративні послуги Куликівської громади" });
        await Assertions.Expect(goal).ToHaveCountAsync(1);
        await Assertions.Expect(chair.Locator(".draft-text").First).ToHaveTextAsync("Програма цифрового розвитку Куликівської громади на 2027–2029 роки");

        await goal.ClickAsync();
        await chair.Keyboard.PressAsync("Control+End");
        const string typed = " Щороку переглядати перелік послуг.";
        await chair.Keyboard.TypeAsync(typed);

        const string expected = "Зробити адміністративні послуги Куликівської громади доступними онлайн і безбар'єрними." + typed;
        await Assertions.Expect(goal).ToHaveTextAsync(expected);
        await Assertions.Expect(chair.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        await chair.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(chair);
        await Assertions.Expect(chair.Locator(".draft-text").Filter(new() { HasText = typed.Trim() })).ToHaveTextAsync(expected);
    }

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private async Task<Guid> TemplateIdAsync(string title)
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.MethodologyTemplates.Where(t => t.Title == title).Select(t => t.Id).SingleAsync();
    }

    [GeneratedRegex(@"/drafting/drafts/[0-9a-f-]{36}/edit$")]
    private static partial Regex EditorUrl();
}
