using EGov.Collab.Data;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Practices;

[Collection(SharedBrowser.Name)]
public sealed class PracticeFlowTests(PortalBrowser browser)
{
    private const string SumyRegion = "UA59000000000057109";

    [Fact]
    public async Task MemberSubmits_ExpertPublishes_FoundByFacets_AnotherCommunityReplicates()
    {
        var title = "Чат-бот довідок " + Guid.NewGuid().ToString("N")[..6];
        var (sumy, poltava) = await CommunitiesAsync();

        await using var memberContext = await browser.NewContextAsync();
        var member = await PortalBrowser.SignInAsync(memberContext, "member1@demo.egov.ua");
        await member.GotoAsync("/practices/new");
        await PortalBrowser.WaitForCircuitAsync(member);
        await member.FillAsync("#practice-title-uk", title);
        await member.FillAsync("#practice-problemuk", "Мешканці чекали довідки тижнями.");
        await member.FillAsync("#practice-solutionuk", "Чат-бот видає довідки з реєстрів за хвилину.");
        await member.SelectOptionAsync("#practice-community", sumy.ToString());
        await member.ClickAsync("[data-testid=practice-add-result]");
        await member.FillAsync("#result-0-indicator-uk", "Строк видачі довідки");
        await member.FillAsync("#result-0-unit", "днів");
        await member.FillAsync("#result-0-before", "14");
        await member.FillAsync("#result-0-before-on", "2024-01-15");
        await member.FillAsync("#result-0-after", "1");
        await member.FillAsync("#result-0-after-on", "2025-01-15");
        await member.Locator("[data-testid=scheme-technology] .mud-expand-panel-header").ClickAsync();
        await member.GetByText("CHATBOT · Чат-бот").ClickAsync();
        await Assertions.Expect(member.GetByLabel("CHATBOT · Чат-бот")).ToBeCheckedAsync();
        await member.ClickAsync("[data-testid=practice-save]");
        await member.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(new Uri(url).AbsolutePath, "^/practices/[0-9a-f-]{36}$"));
        var practiceUrl = new Uri(member.Url).AbsolutePath;
        await Assertions.Expect(member.Locator("[data-testid=practice-title]")).ToHaveTextAsync(title);
        await member.ClickAsync("[data-testid=practice-submit]");
        await Assertions.Expect(member.Locator("[data-testid=practice-status]")).ToHaveAttributeAsync("data-status", nameof(PracticeStatus.Submitted));

        await using var expertContext = await browser.NewContextAsync();
        var expert = await PortalBrowser.SignInAsync(expertContext, "expert2@demo.egov.ua");
        await expert.GotoAsync(practiceUrl);
        await PortalBrowser.WaitForCircuitAsync(expert);
        await expert.FillAsync("#review-text", "Виміряно до і після, можна публікувати.");
        await expert.ClickAsync("[data-testid=review-publish]");
        await Assertions.Expect(expert.Locator("[data-testid=practice-status]")).ToHaveAttributeAsync("data-status", nameof(PracticeStatus.Published));
        await Assertions.Expect(expert.Locator("[data-testid=practice-proven]")).ToBeVisibleAsync();

        await using var visitorContext = await browser.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/practices");
        await PortalBrowser.WaitForCircuitAsync(visitor);
        await visitor.ClickAsync("[data-testid=facet-technology-CHATBOT]");
        await Assertions.Expect(visitor.Locator("[data-testid=facet-technology-CHATBOT]")).ToHaveAttributeAsync("aria-current", "true");
        await visitor.ClickAsync($"[data-testid=region-{SumyRegion}]");
        await Assertions.Expect(visitor.Locator("[data-testid=practice-card]")).ToHaveCountAsync(1);
        await Assertions.Expect(visitor.Locator("[data-testid=practice-card-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(visitor.Locator($"[data-testid=region-{SumyRegion}]")).ToHaveAttributeAsync("data-count", "1");

        await using var adopterContext = await browser.NewContextAsync();
        var adopter = await PortalBrowser.SignInAsync(adopterContext, "member2@demo.egov.ua");
        await adopter.GotoAsync(practiceUrl);
        await PortalBrowser.WaitForCircuitAsync(adopter);
        await adopter.SelectOptionAsync("#replication-community", poltava.ToString());
        await adopter.FillAsync("#replication-on", "2025-09-01");
        await adopter.FillAsync("#replication-notes-uk", "Підключили бот до полтавського ЦНАП.");
        await adopter.ClickAsync("[data-testid=replication-record]");
        await Assertions.Expect(adopter.Locator("[data-testid=replication-done]")).ToBeVisibleAsync();
        var adopterStep = adopter.Locator("[data-testid=lineage-adopter]");
        await Assertions.Expect(adopterStep).ToContainTextAsync("Полтава");
        await Assertions.Expect(adopterStep).ToContainTextAsync("Підключили бот");
        await Assertions.Expect(adopter.Locator("[data-testid=lineage-original]")).ToContainTextAsync("Суми");

        await adopter.ClickAsync("[data-testid=replication-record]");
        await Assertions.Expect(adopter.Locator("[data-testid=replication-error]")).ToBeVisibleAsync();
        await Assertions.Expect(adopterStep).ToHaveCountAsync(1);
    }

    private async Task<(Guid Sumy, Guid Poltava)> CommunitiesAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var ids = await db.Communities.Where(c => c.NameUk == "Суми" || c.NameUk == "Полтава").ToDictionaryAsync(c => c.NameUk, c => c.Id);
        return (ids["Суми"], ids["Полтава"]);
    }
}
