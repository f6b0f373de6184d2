using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class ModulePagesTests(PortalBrowser browser)
{
    private static readonly Dictionary<ModuleKey, string> UkrainianNames = new()
    {
        [ModuleKey.Drafting] = "Групова робота",
        [ModuleKey.Methodology] = "Методологічна база",
        [ModuleKey.ExpertClub] = "Експертний клуб",
        [ModuleKey.Readiness] = "Оцінка е-готовності",
        [ModuleKey.Cities] = "Електронний кабінет міста",
        [ModuleKey.Learning] = "Е-освіта",
        [ModuleKey.Contest] = "Національний конкурс кращих практик",
        [ModuleKey.Projects] = "Біржа проєктів",
        [ModuleKey.Journal] = "Е-журнал «Електронне урядування»",
        [ModuleKey.Practices] = "Депозитарій кращих практик",
        [ModuleKey.Library] = "Електронна бібліотека",
    };

    public static TheoryData<ModuleKey> Modules => [.. ModuleKeys.All];

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task Open_ModulePage_HeadingAfterCircuitReady(ModuleKey module)
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;

        await page.GotoAsync("/" + module.Slug());
        await PortalBrowser.WaitForCircuitAsync(page);

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(UkrainianNames[module]);
        await Assertions.Expect(page.Locator("[data-testid=module-administrator]")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(UkrainianNames[module])));
    }
}
