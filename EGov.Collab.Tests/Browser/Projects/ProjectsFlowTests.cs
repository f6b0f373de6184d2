using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Projects;

[Collection(SharedBrowser.Name)]
public sealed class ProjectsFlowTests(PortalBrowser browser)
{
    [Fact]
    public async Task DeveloperPublishes_ModeratorApproves_CityManagerIsInterested_AuthorAccepts()
    {
        var title = "Відкрита черга ЦНАП " + Guid.NewGuid().ToString("N")[..6];

        await using var developerContext = await browser.NewContextAsync();
        var developer = await PortalBrowser.SignInAsync(developerContext, "expert2@demo.egov.ua");
        await developer.GotoAsync("/projects/new");
        await PortalBrowser.WaitForCircuitAsync(developer);
        await developer.FillAsync("#listing-title-uk", title);
        await developer.FillAsync("#listing-description-uk", "Готове рішення електронної черги для ЦНАП громади.");
        await developer.FillAsync("#listing-licence", "EUPL-1.2");
        await developer.FillAsync("#listing-readiness", "SERV.1");
        await developer.ClickAsync("[data-testid=listing-save]");
        await Assertions.Expect(developer.Locator("[data-testid=listing-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(developer.Locator("[data-stage=Pending]")).ToBeVisibleAsync();
        var listingUrl = new Uri(developer.Url).AbsolutePath;

        await using var moderatorContext = await browser.NewContextAsync();
        var moderator = await PortalBrowser.SignInAsync(moderatorContext, "admin@demo.egov.ua");
        await moderator.GotoAsync("/projects/moderation");
        await PortalBrowser.WaitForCircuitAsync(moderator);
        await moderator.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = title }).ClickAsync();
        await moderator.Locator("[data-action=approve]").ClickAsync();
        await Assertions.Expect(moderator.Locator("[data-testid=listing-message]")).ToBeVisibleAsync();
        await Assertions.Expect(moderator.Locator("[data-stage=Published]")).ToBeVisibleAsync();

        await using var cityContext = await browser.NewContextAsync();
        var cityManager = await PortalBrowser.SignInAsync(cityContext, "citymanager@demo.egov.ua");
        await cityManager.GotoAsync(listingUrl);
        await PortalBrowser.WaitForCircuitAsync(cityManager);
        await cityManager.FillAsync("#interest-message", "Львів хоче спробувати чергу в ЦНАП. Коли можна подивитися демо?");
        await cityManager.ClickAsync("[data-action=express-interest]");
        await Assertions.Expect(cityManager.Locator("[data-testid=my-interest]")).ToBeVisibleAsync();

        await developer.GotoAsync(listingUrl);
        await PortalBrowser.WaitForCircuitAsync(developer);
        await developer.Locator("[data-testid=received-interests] a").First.ClickAsync();
        await Assertions.Expect(developer.Locator("[data-thread-message]")).ToContainTextAsync("Коли можна подивитися демо?");
        await developer.Locator("[data-action=accept]").ClickAsync();
        await Assertions.Expect(developer.Locator("[data-testid=member-email]")).ToHaveTextAsync("citymanager@demo.egov.ua");

        await cityManager.Locator("[data-testid=my-interest-thread]").ClickAsync();
        await Assertions.Expect(cityManager.Locator("[data-testid=interest-status]")).ToHaveAttributeAsync("data-status", "Accepted");
        await Assertions.Expect(cityManager.Locator("[data-testid=author-email]")).ToHaveTextAsync("expert2@demo.egov.ua");
    }
}
