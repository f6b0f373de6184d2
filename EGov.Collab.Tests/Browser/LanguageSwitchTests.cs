using EGov.Collab.App.Localization;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class LanguageSwitchTests(PortalBrowser browser)
{
    private const string UkrainianTitle = "Ми розвиваємо електронне урядування";
    private const string EnglishTitle = "We Are Developing E-Governance";

    [Fact]
    public async Task Click_EngThenUkr_PageFollowsAndChoicePersists()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(UkrainianTitle);

        await page.ClickAsync("nav.language-switch a[data-culture=en-US]:visible");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(EnglishTitle);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("nav.language-switch a[aria-current=true]:visible")).ToHaveAttributeAsync("data-culture", PortalCultures.English);
        await PortalBrowser.WaitForCircuitAsync(page);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(EnglishTitle);
        await PortalBrowser.WaitForCircuitAsync(page);

        await page.ClickAsync("nav.language-switch a[data-culture=uk-UA]:visible");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(UkrainianTitle);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(UkrainianTitle);
    }

    [Fact]
    public async Task Click_EngOnModulePage_StaysOnThatPage()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/library");
        await PortalBrowser.WaitForCircuitAsync(page);

        await page.ClickAsync("nav.language-switch a[data-culture=en-US]:visible");

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Digital library");
        Assert.Equal("/library", new Uri(page.Url).AbsolutePath);
    }
}
