using EGov.Collab.App.Cities;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Cities;

/// <summary>The city manager edits the cabinet and posts news; a visitor then sees them beside the readiness chart and the gap-to-peers panel.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CityCabinetBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Manager_EditsProfileAndPostsNews_VisitorSeesThemWithReadinessAndGap()
    {
        var about = $"Громада відкритих даних і онлайн-послуг {Guid.NewGuid():N}";
        var headline = $"Запрацював новий портал звернень {Guid.NewGuid():N}";
        await using var managerContext = await browser.NewContextAsync();
        var manager = await PortalBrowser.SignInAsync(managerContext, $"citymanager@{DemoData.EmailDomain}");

        await manager.GotoAsync(CityUrls.Cabinet(CitiesDemoData.LvivHromada));
        await PortalBrowser.WaitForCircuitAsync(manager);
        await manager.GetByTestId("city-edit").ClickAsync();
        await Assertions.Expect(manager.GetByTestId("save-profile")).ToBeVisibleAsync();
        await PortalBrowser.WaitForCircuitAsync(manager);

        // A website without its scheme is refused beside the field, and what was typed stays there.
        var website = manager.GetByTestId("edit-website");
        await website.FillAsync("city-adm.lviv.ua");
        await website.PressAsync("Tab");
        await manager.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(manager.GetByText("https:// або http://")).ToBeVisibleAsync();
        await Assertions.Expect(website).ToHaveValueAsync("city-adm.lviv.ua");

        await website.FillAsync("https://city-adm.lviv.ua");
        await website.PressAsync("Tab");
        var population = manager.GetByTestId("edit-population");
        await population.FillAsync("720000");
        await population.PressAsync("Tab");
        var aboutField = manager.GetByTestId("edit-about");
        await aboutField.FillAsync(about);
        await aboutField.PressAsync("Tab");
        await manager.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(manager.GetByTestId("profile-saved")).ToBeVisibleAsync();

        var title = manager.GetByTestId("news-title");
        await title.FillAsync(headline);
        await title.PressAsync("Tab");
        var text = manager.GetByTestId("news-body");
        await text.FillAsync("Подати звернення тепер можна онлайн, а відповідь приходить на пошту.");
        await text.PressAsync("Tab");
        await manager.GetByTestId("post-news").ClickAsync();
        await Assertions.Expect(manager.GetByTestId("news-posted")).ToBeVisibleAsync();

        var visitor = await browser.NewPageAsync();
        await using var _ = visitor.Context;
        await visitor.GotoAsync(CityUrls.Cabinet(CitiesDemoData.LvivHromada));
        await PortalBrowser.WaitForCircuitAsync(visitor);

        await Assertions.Expect(visitor.GetByTestId("city-about")).ToHaveTextAsync(about);
        await Assertions.Expect(visitor.GetByTestId("city-population")).ToContainTextAsync("720");
        await Assertions.Expect(visitor.GetByTestId("city-news").GetByTestId("news-item").First).ToContainTextAsync(headline);
        await Assertions.Expect(visitor.GetByTestId("readiness-chart").GetByTestId("readiness-point")).ToHaveCountAsync(2);
        await Assertions.Expect(visitor.GetByTestId("readiness-components").Locator("tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(visitor.GetByTestId("gap-panel").Locator("[data-testid^='gap-']").First).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByTestId("city-edit")).ToHaveCountAsync(0);
    }
}
