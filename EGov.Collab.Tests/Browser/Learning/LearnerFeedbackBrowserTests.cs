using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Learning;

/// <summary>#23, points 7 and 9: what a learner is told after a quiz and about their cohort, what a trainer sees, and the cohort's discussion room.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class LearnerFeedbackBrowserTests(PortalBrowser browser)
{
    private const string LearnerEmail = "learner@demo.egov.ua";

    private async Task EnrolAsync(Guid cohortId, string email)
    {
        var result = await browser.Services.GetRequiredService<CohortDesk>().EnrolSelfAsync(await LearningSeed.PrincipalAsync(browser.Services, email), cohortId);
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Learner_OpensTheCohortDiscussion_StartsATopic_TrainerFindsItFromTheCohortDesk()
    {
        var course = await LearningSeed.CourseAsync(browser.Services, QuizReview.RightOrWrong);
        await EnrolAsync(course.CohortId, LearnerEmail);
        var topic = "Коли буде вебінар " + Guid.NewGuid().ToString("N")[..6];

        await using var learnerContext = await browser.NewContextAsync();
        var learner = await PortalBrowser.SignInAsync(learnerContext, LearnerEmail);
        await learner.GotoAsync($"/learning/courses/{course.CourseId}");
        await PortalBrowser.WaitForCircuitAsync(learner);
        await learner.ClickAsync("[data-testid=cohort-discussion]");
        await learner.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(new Uri(url).AbsolutePath, "^/expert-club/rooms/[0-9a-f-]{36}$"));
        var roomPath = new Uri(learner.Url).AbsolutePath;
        await PortalBrowser.WaitForCircuitAsync(learner);
        await Assertions.Expect(learner.Locator("h1")).ToContainTextAsync(course.Title);
        await learner.Locator("[data-testid=topic-title-input] input, input[data-testid=topic-title-input]").FillAsync(topic);
        await learner.Locator("[data-testid=topic-opening-input] textarea, textarea[data-testid=topic-opening-input]").FillAsync("Підкажіть, будь ласка, дату.");
        await learner.ClickAsync("[data-testid=create-topic]");
        await Assertions.Expect(learner.Locator("[data-testid=topic-title]")).ToHaveTextAsync(topic);

        await using var trainerContext = await browser.NewContextAsync();
        var trainer = await PortalBrowser.SignInAsync(trainerContext, LearningSeed.TrainerEmail);
        await trainer.GotoAsync($"/learning/cohorts/{course.CohortId}");
        await PortalBrowser.WaitForCircuitAsync(trainer);
        await trainer.ClickAsync("[data-testid=cohort-discussion]");
        await trainer.WaitForURLAsync($"**{roomPath}");
        await Assertions.Expect(trainer.Locator($"[data-testid=topic][data-topic='{topic}']")).ToBeVisibleAsync();

        await using var outsiderContext = await browser.NewContextAsync();
        var outsider = await PortalBrowser.SignInAsync(outsiderContext, "expert1@demo.egov.ua");
        await outsider.GotoAsync(roomPath);
        await PortalBrowser.WaitForCircuitAsync(outsider);
        await Assertions.Expect(outsider.Locator("[data-testid=room-error]")).ToBeVisibleAsync();
        await Assertions.Expect(outsider.GetByText(topic)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task QuizReview_AsTheAuthorSetIt_ScoreOnly_ThenCorrectAnswersOnceOutOfAttempts()
    {
        var scoreOnly = await LearningSeed.CourseAsync(browser.Services, QuizReview.ScoreOnly);
        var withAnswers = await LearningSeed.CourseAsync(browser.Services, QuizReview.CorrectAnswers, attemptLimit: 2);
        await EnrolAsync(scoreOnly.CohortId, LearnerEmail);
        await EnrolAsync(withAnswers.CohortId, LearnerEmail);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, LearnerEmail);

        await AnswerWronglyAsync(page, scoreOnly);
        await Assertions.Expect(page.Locator("[data-testid=quiz-review-hidden]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=quiz-review]")).ToHaveCountAsync(0);

        await AnswerWronglyAsync(page, withAnswers);
        await Assertions.Expect(page.Locator("[data-testid=quiz-answer]")).ToContainTextAsync("неправильно");
        await Assertions.Expect(page.Locator("[data-testid=quiz-correct-later]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=quiz-correct-answer]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid=retry-quiz]");
        await page.GetByLabel(withAnswers.WrongAnswer, new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.ClickAsync("[data-testid=submit-quiz]");
        await Assertions.Expect(page.Locator("[data-testid=quiz-correct-answer]")).ToContainTextAsync(withAnswers.RightAnswer);
        await Assertions.Expect(page.Locator("[data-testid=quiz-correct-later]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Trainer_SeesTheCourseAsItsTeacher_AndTheQuizAnswerKey_NotALearnersPrompts()
    {
        var course = await LearningSeed.CourseAsync(browser.Services, QuizReview.RightOrWrong);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, LearningSeed.TrainerEmail);

        await page.GotoAsync($"/learning/courses/{course.CourseId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=course-staff-notice]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Пройдено 0 з 2")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=open-cohort]")).ToHaveAttributeAsync("href", $"/learning/cohorts/{course.CohortId}");

        await page.GotoAsync($"/learning/lessons/{course.LessonId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=lesson-staff-notice]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Запишіться до групи курсу")).ToHaveCountAsync(0);

        await page.GotoAsync($"/learning/quizzes/{course.QuizId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=quiz-staff-preview]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=quiz-answer-key] [data-testid=quiz-answer]")).ToContainTextAsync(course.QuestionText);
        await Assertions.Expect(page.Locator("[data-testid=quiz-answer-key] [data-testid=quiz-correct-answer]")).ToContainTextAsync(course.RightAnswer);
        await Assertions.Expect(page.Locator("[data-testid=quiz-refusal]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ClosedCohort_OfALearnerWhoDidNotFinish_SaysClosed_NotCompleted()
    {
        var course = await LearningSeed.CourseAsync(browser.Services, QuizReview.RightOrWrong);
        await EnrolAsync(course.CohortId, LearnerEmail);
        await using (var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == course.CohortId);
            Assert.True(cohort.Close(DateTimeOffset.UtcNow).IsSuccess);
            await db.SaveChangesAsync();
        }
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, LearnerEmail);

        await page.GotoAsync($"/learning/courses/{course.CourseId}");
        await PortalBrowser.WaitForCircuitAsync(page);

        await Assertions.Expect(page.Locator("[data-testid=cohort-state]")).ToHaveTextAsync("Групу закрито");
        await Assertions.Expect(page.GetByText("Пройдено 0 з 2")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=course-certified]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main").GetByText("завершено")).ToHaveCountAsync(0);
    }

    private static async Task AnswerWronglyAsync(IPage page, SeededCourse course)
    {
        await page.GotoAsync($"/learning/quizzes/{course.QuizId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.GetByLabel(course.WrongAnswer, new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.ClickAsync("[data-testid=submit-quiz]");
        await Assertions.Expect(page.Locator("[data-testid=quiz-result]")).ToBeVisibleAsync();
    }
}
