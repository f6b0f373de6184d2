using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Readiness;

/// <summary>
/// Issue #23.10 as the respondent sees it: the questionnaire page shows the year's deadline; once it has passed, the
/// page says the questionnaire is closed, keeps the saved answer on view, read-only, and offers no submission.
/// </summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class ReadinessDeadlineBrowserTests(PortalBrowser browser)
{
    private const int Year = 2089;
    private const string Password = "a-long-test-passphrase";
    private const string Question = "TECH.1";

    [Fact]
    public async Task Questionnaire_ShowsTheDeadline_ThenSaysItIsClosed_WithTheAnswerKeptReadOnly()
    {
        var now = DateTimeOffset.UtcNow;
        var email = await RespondentWithDeadlineAsync(now.AddDays(5));
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, email, Password);
        await page.GotoAsync("/readiness/questionnaire");
        await PortalBrowser.WaitForCircuitAsync(page);

        await Assertions.Expect(page.GetByTestId("questionnaire-deadline")).ToContainTextAsync("Подайте анкету до");
        var answer = page.Locator($"[data-testid='question-{Question}'] .answer-value input");
        await answer.FillAsync("80");
        await answer.PressAsync("Tab");
        await Assertions.Expect(page.Locator($"[data-testid='question-{Question}']").GetByText("Збережено")).ToBeVisibleAsync();

        await using (var db = await DbAsync()) // the deadline passes
            await db.ReadinessCampaigns.Where(c => c.Year == Year).ExecuteUpdateAsync(u => u.SetProperty(c => c.Deadline, now.AddMinutes(-1)));
        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);

        var locked = page.GetByTestId("locked-alert");
        await Assertions.Expect(locked).ToHaveAttributeAsync("data-locked", "deadline");
        await Assertions.Expect(locked).ToContainTextAsync("Строк подання минув");
        await Assertions.Expect(answer).ToHaveValueAsync("80");
        await Assertions.Expect(answer).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("submit")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("questionnaire-deadline")).ToHaveCountAsync(0);
    }

    /// <summary>A new respondent with a questionnaire of <see cref="Year"/>, whose campaign is due at <paramref name="deadline"/>.</summary>
    private async Task<string> RespondentWithDeadlineAsync(DateTimeOffset deadline)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var email = $"respondent-{Guid.NewGuid():N}@example.org";
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, FullName = "Тестовий Респондент", RegisteredAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(member, Password)).Succeeded);
        var now = DateTimeOffset.UtcNow;
        await using var db = await DbAsync();
        if (!await db.ReadinessMethodologies.AnyAsync(m => m.Year == Year))
            db.ReadinessMethodologies.Add(ReadinessMethodology.Create(ReadinessDemoMethodology.For(Year), now).Value);
        var campaign = await db.ReadinessCampaigns.SingleOrDefaultAsync(c => c.Year == Year);
        if (campaign is null)
        {
            campaign = AssessmentCampaign.Open(Year, now);
            db.ReadinessCampaigns.Add(campaign);
        }
        Assert.True(campaign.SetDeadline(deadline, now).IsSuccess);
        db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Readiness, ModuleRole.Respondent, null, now).Value);
        var body = ReadinessBody.Create($"Громада зі строком {Guid.NewGuid():N}", "", BodyGroup.Hromadas, null, null).Value;
        db.ReadinessBodies.Add(body);
        db.ReadinessQuestionnaires.Add(Questionnaire.Invite(Year, body.Id, member.Id, now));
        await db.SaveChangesAsync();
        return email;
    }

    private async Task<CollabDbContext> DbAsync() =>
        await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
}
