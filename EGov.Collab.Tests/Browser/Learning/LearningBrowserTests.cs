using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Learning;

[Collection(LiveModulesBrowser.Name)]
public sealed class LearningBrowserTests(PortalBrowser browser)
{
    private async Task<CollabDbContext> DbAsync() =>
        await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Learner_FinishesShortCourse_DownloadsCertificate_VisitorVerifiesIt()
    {
        Guid courseId, cohortId, lessonId, quizId;
        List<string> correct;
        await using (var db = await DbAsync())
        {
            courseId = await db.Courses.Where(c => c.Title == LearningDemoData.ShortCourseTitle).Select(c => c.Id).SingleAsync();
            cohortId = await db.Cohorts.Where(c => c.Name == LearningDemoData.ShortCohort).Select(c => c.Id).SingleAsync();
            lessonId = await db.Lessons.Where(l => l.CourseId == courseId).Select(l => l.Id).SingleAsync();
            var quiz = await db.CourseQuizzes.SingleAsync(q => q.CourseId == courseId);
            quizId = quiz.Id;
            correct = quiz.Questions.SelectMany(q => q.Options).Where(o => o.IsCorrect).Select(o => o.Text).ToList();
        }

        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await PortalBrowser.SignInAsync(context, "learner@demo.egov.ua");

        await page.GotoAsync($"/learning/courses/{courseId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.ClickAsync($"[data-testid=enrol-{cohortId}]");
        await Assertions.Expect(page.GetByText("Ви в групі")).ToBeVisibleAsync();

        await page.GotoAsync($"/learning/lessons/{lessonId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.ClickAsync("[data-testid=complete-lesson]");
        await Assertions.Expect(page.Locator("[data-testid=lesson-done]")).ToBeVisibleAsync();

        await page.GotoAsync($"/learning/quizzes/{quizId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        foreach (var option in correct)
            await page.GetByLabel(option, new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.ClickAsync("[data-testid=submit-quiz]");
        await Assertions.Expect(page.Locator("[data-testid=quiz-certified]")).ToBeVisibleAsync();

        var href = await page.Locator("[data-testid=certificate-pdf]").GetAttributeAsync("href");
        Assert.NotNull(href);
        var download = await context.APIRequest.GetAsync(href);
        Assert.Equal(200, download.Status);
        var text = Assert.Single(PdfReading.PageTexts(await download.BodyAsync()));
        Assert.Contains("Анна Петренко", text, StringComparison.Ordinal);
        Assert.Contains(LearningDemoData.ShortCourseTitle, text, StringComparison.Ordinal);
        var code = href!.Split('/')[2].Split('.')[0];

        var visitor = await browser.NewPageAsync();
        await using var __ = visitor.Context;
        await visitor.GotoAsync("/verify");
        await PortalBrowser.WaitForCircuitAsync(visitor);
        await visitor.FillAsync("#verify-code", code.ToLowerInvariant());
        await visitor.ClickAsync("[data-testid=verify-submit]");
        await Assertions.Expect(visitor.Locator("[data-testid=verify-valid]")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("[data-testid=verify-holder]")).ToContainTextAsync("Анна Петренко");
    }

    [Fact]
    public async Task Trainer_RevokesCertificate_VerificationPageSaysRevoked()
    {
        Guid cohortId;
        string code;
        await using (var db = await DbAsync())
        {
            cohortId = await db.Cohorts.Where(c => c.Name == LearningDemoData.RegionalCohort).Select(c => c.Id).SingleAsync();
            code = await db.Certificates.Where(c => c.CohortId == cohortId).Select(c => c.Code).FirstAsync();
        }

        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await PortalBrowser.SignInAsync(context, "trainer@demo.egov.ua");
        await page.GotoAsync($"/learning/cohorts/{cohortId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator("[data-testid=revoke]").First.ClickAsync();
        await page.FillAsync("#revoke-reason", "Сертифікат видано помилково");
        await page.ClickAsync("[data-testid=revoke-confirm]");
        await Assertions.Expect(page.GetByText("Сертифікат відкликано.")).ToBeVisibleAsync();

        var visitor = await browser.NewPageAsync();
        await using var __ = visitor.Context;
        await visitor.GotoAsync($"/verify/{code}");
        await Assertions.Expect(visitor.Locator("[data-testid=verify-revoked]")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("[data-testid=verify-details]")).Not.ToContainTextAsync("помилково");
    }
}
