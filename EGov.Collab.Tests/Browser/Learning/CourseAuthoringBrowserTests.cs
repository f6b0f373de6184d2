using EGov.Collab.Data;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Learning;

[Collection(LiveModulesBrowser.Name)]
public sealed class CourseAuthoringBrowserTests(PortalBrowser browser)
{
    private async Task<CollabDbContext> DbAsync() =>
        await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Trainer_AuthorsAndPublishesCourse_LearnerWatchesLessonAndPassesQuiz()
    {
        var title = "Відкриті дані громади " + Guid.NewGuid().ToString("N")[..6];

        await using var trainerContext = await browser.NewContextAsync();
        var trainer = await PortalBrowser.SignInAsync(trainerContext, "trainer@demo.egov.ua");
        await trainer.GotoAsync("/learning");
        await PortalBrowser.WaitForCircuitAsync(trainer);
        await trainer.ClickAsync("[data-testid=new-course-link]");
        await trainer.WaitForURLAsync("**/learning/courses/new");
        await PortalBrowser.WaitForCircuitAsync(trainer);
        await trainer.FillAsync("#course-title", title);
        await trainer.FillAsync("#course-hours", "6");
        await trainer.FillAsync("#course-prefix", "OD");
        await trainer.FillAsync("#course-issuer", "Академія цифрового розвитку");
        await trainer.ClickAsync("[data-testid=save-course]");
        await trainer.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(new Uri(url).AbsolutePath, "^/learning/courses/[0-9a-f-]{36}/edit$"));
        var courseId = Guid.Parse(new Uri(trainer.Url).AbsolutePath.Split('/')[3]);
        await PortalBrowser.WaitForCircuitAsync(trainer);
        await Assertions.Expect(trainer.Locator("[data-testid=course-unpublished]")).ToBeVisibleAsync();

        await trainer.FillAsync("#new-section", "Основи відкритих даних");
        await trainer.ClickAsync("[data-testid=add-section]");
        await Assertions.Expect(trainer.Locator("[data-testid=author-section]")).ToContainTextAsync("Основи відкритих даних");

        await trainer.ClickAsync("[data-testid=add-lesson]");
        await trainer.FillAsync("#lesson-title", "Що таке відкриті дані");
        await trainer.FillAsync("#lesson-body", "## Набори даних\n\nГромада **публікує** дані на порталі.");
        await trainer.FillAsync("#lesson-video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        await trainer.ClickAsync("[data-testid=save-lesson]");
        await Assertions.Expect(trainer.Locator("[data-testid=author-step]")).ToHaveTextAsync("Що таке відкриті дані");

        await trainer.ClickAsync("[data-testid=add-quiz]");
        await trainer.FillAsync("#quiz-title", "Перевірка");
        await trainer.FillAsync("#quiz-pass", "100");
        await trainer.ClickAsync("[data-testid=add-TrueFalse]");
        await trainer.FillAsync("#q0-text", "Відкриті дані публікують у машинозчитуваному форматі");
        await trainer.ClickAsync("[data-testid=add-Matching]");
        await trainer.FillAsync("#q1-text", "Доберіть формат до його опису");
        await trainer.FillAsync("#q1-o0", "CSV");
        await trainer.FillAsync("#q1-m0", "таблиця з комами");
        await trainer.FillAsync("#q1-o1", "JSON");
        await trainer.FillAsync("#q1-m1", "об'єкти і масиви");
        await trainer.ClickAsync("[data-testid=save-quiz]");
        await Assertions.Expect(trainer.Locator("[data-testid=author-step]")).ToHaveCountAsync(2);

        await trainer.ClickAsync("[data-testid=publish-course]");
        await Assertions.Expect(trainer.Locator("[data-testid=course-status]")).ToHaveTextAsync("Опубліковано");

        Guid lessonId, quizId;
        await using (var db = await DbAsync())
        {
            lessonId = await db.Lessons.Where(l => l.CourseId == courseId).Select(l => l.Id).SingleAsync();
            quizId = await db.CourseQuizzes.Where(q => q.CourseId == courseId).Select(q => q.Id).SingleAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            db.Cohorts.Add(Cohort.Create(courseId, "Самостійне навчання " + title, CohortKind.SelfPaced, today.AddDays(-1), today.AddDays(30),
                DateTimeOffset.UtcNow.AddDays(30), null, null, true, null).Value);
            await db.SaveChangesAsync();
        }

        await using var learnerContext = await browser.NewContextAsync();
        var learner = await PortalBrowser.SignInAsync(learnerContext, "learner@demo.egov.ua");
        await learner.GotoAsync("/learning");
        await PortalBrowser.WaitForCircuitAsync(learner);
        await learner.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = title }).ClickAsync();
        await learner.WaitForURLAsync($"**/learning/courses/{courseId}");
        await PortalBrowser.WaitForCircuitAsync(learner);
        await Assertions.Expect(learner.Locator("[data-testid=edit-course]")).ToHaveCountAsync(0);
        await learner.Locator("[data-testid^=enrol-]").ClickAsync();
        await Assertions.Expect(learner.GetByText("Ви в групі")).ToBeVisibleAsync();

        await learner.GotoAsync($"/learning/lessons/{lessonId}");
        await PortalBrowser.WaitForCircuitAsync(learner);
        await Assertions.Expect(learner.Locator("[data-testid=lesson-video] iframe"))
            .ToHaveAttributeAsync("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        await Assertions.Expect(learner.Locator(".lesson-body strong")).ToHaveTextAsync("публікує");
        await learner.ClickAsync("[data-testid=complete-lesson]");
        await Assertions.Expect(learner.Locator("[data-testid=lesson-done]")).ToBeVisibleAsync();

        await learner.GotoAsync($"/learning/quizzes/{quizId}");
        await PortalBrowser.WaitForCircuitAsync(learner);
        await learner.GetByLabel("Правда", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await learner.GetByLabel("CSV", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "таблиця з комами" });
        await learner.GetByLabel("JSON", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "об'єкти і масиви" });
        await learner.ClickAsync("[data-testid=submit-quiz]");
        await Assertions.Expect(learner.Locator("[data-testid=quiz-result]")).ToContainTextAsync("2");
        await Assertions.Expect(learner.Locator("[data-testid=quiz-certified]")).ToBeVisibleAsync();
        await Assertions.Expect(learner.Locator("[data-testid=quiz-review] li")).ToHaveCountAsync(2);

        await using (var db = await DbAsync())
        {
            var attempt = await db.QuizAttempts.SingleAsync(a => a.QuizId == quizId);
            Assert.True(attempt.Passed);
            Assert.Equal(2, attempt.DrawnQuestionIds.Count);
        }
    }

    [Fact]
    public async Task Trainer_EditsAndClosesCohort_ShownClosed()
    {
        var name = "Весняна група " + Guid.NewGuid().ToString("N")[..6];
        Guid cohortId;
        await using (var db = await DbAsync())
        {
            var trainerId = await db.Users.Where(u => u.Email == "trainer@demo.egov.ua").Select(u => u.Id).SingleAsync();
            var courseId = await db.Courses.Where(c => c.IsPublished).OrderBy(c => c.CreatedAt).Select(c => c.Id).FirstAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var cohort = Cohort.Create(courseId, name, CohortKind.SelfPaced, today.AddDays(-1), today.AddDays(60), DateTimeOffset.UtcNow.AddDays(60),
                trainerId, null, true, 25).Value;
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            cohortId = cohort.Id;
        }

        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "trainer@demo.egov.ua");
        await page.GotoAsync($"/learning/cohorts/{cohortId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.ClickAsync("[data-testid=edit-cohort]");
        var fieldErrors = page.Locator("[data-testid=cohort-edit-form] .mud-input-helper-text.mud-input-error");
        // Saved from the keyboard (Enter on the focused button): each change re-renders the form, a field's error line
        // coming or going moves the button, and a mouse click aimed a moment before can land beside it on a busy machine.
        var save = page.Locator("[data-testid=save-cohort]");
        await page.FillAsync("#cohort-name", " ");
        await page.FillAsync("#cohort-capacity", "30");
        await save.PressAsync("Enter");
        // Refused by the server beside the field (its words, not MudBlazor's own "Обов'язкове поле", which can show as
        // soon as the field is left blank, before the save has run), and the capacity typed stays in the form.
        await Assertions.Expect(fieldErrors.First).ToHaveTextAsync("Це поле обов'язкове.");
        await Assertions.Expect(page.Locator("#cohort-capacity")).ToHaveValueAsync("30");
        await page.FillAsync("#cohort-name", name + " (оновлено)");
        await save.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name + " (оновлено)");

        await page.ClickAsync("[data-testid=close-cohort]");
        await Assertions.Expect(page.Locator("[data-testid=cohort-closed]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=close-cohort]")).ToHaveCountAsync(0);

        await using var db2 = await DbAsync();
        var saved = await db2.Cohorts.SingleAsync(c => c.Id == cohortId);
        Assert.NotNull(saved.ClosedAt);
        Assert.Equal(30, saved.Capacity);
        Assert.Contains(await db2.AuditEntries.Where(a => a.Subject == $"cohort:{cohortId}").Select(a => a.Action).ToListAsync(), a => a == "learning.cohort.close");
    }
}
