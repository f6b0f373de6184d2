using System.IO.Compression;
using System.Net;
using EGov.Collab.App.Common;
using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Tests.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Learning;

[Collection(SharedPortal.Name)]
public sealed class LearningServicesTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private async Task<CollabDbContext> DbAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    private async Task<(Guid CourseId, Guid CohortId, Guid LessonId, CourseQuiz Quiz)> ShortCourseAsync()
    {
        await using var db = await DbAsync();
        var course = await db.Courses.SingleAsync(c => c.Title == LearningDemoData.ShortCourseTitle);
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == LearningDemoData.ShortCohort);
        var lesson = await db.Lessons.SingleAsync(l => l.CourseId == course.Id);
        var quiz = await db.CourseQuizzes.SingleAsync(q => q.CourseId == course.Id);
        return (course.Id, cohort.Id, lesson.Id, quiz);
    }

    [Fact]
    public async Task DemoCourse_HasTheStructureOfA36HourCourse_NineLessonsWithContent_AndTheFinalTestLast()
    {
        await using var db = await DbAsync();
        var course = await db.Courses.SingleAsync(c => c.Title == LearningDemoData.CourseTitle);
        var visitor = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());

        var outline = (await Service<CourseCatalogue>().OutlineAsync(course.Id, visitor))!;

        var steps = outline.Sections.SelectMany(s => s.Steps).ToList();
        Assert.True(outline.Sections.Count >= 3);
        Assert.True(steps.Count(s => !s.IsQuiz) >= 8, $"{steps.Count(s => !s.IsQuiz)} lessons");
        Assert.True(steps[^1].IsQuiz);
        Assert.Equal("Підсумковий тест", steps[^1].Title);
        var bodies = await db.Lessons.Where(l => l.CourseId == course.Id).Select(l => l.BodyHtml).ToListAsync();
        Assert.All(bodies, body => Assert.True(SafeHtml.ToPlainText(body).Length >= 250, body));
        var quiz = await db.CourseQuizzes.SingleAsync(q => q.CourseId == course.Id);
        Assert.True(quiz.Questions.Count >= 8);
    }

    private static Dictionary<Guid, IReadOnlySet<Guid>> Answers(CourseQuiz quiz, bool correct) =>
        quiz.Questions.ToDictionary(q => q.Id, q => (IReadOnlySet<Guid>)q.Options.Where(o => o.IsCorrect == correct).Take(1).Select(o => o.Id).ToHashSet());

    private async Task<Member> LearnerAsync(string fullName = "Тестова Слухачка")
    {
        var member = await portal.CreateMemberAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var stored = (await users.FindByIdAsync(member.Id.ToString()))!;
        stored.FullName = fullName;
        await users.UpdateAsync(stored);
        return stored;
    }

    [Fact]
    public async Task CompleteCourse_NameWithApostropheAndHyphen_CertificateIssuedServedAndVerified()
    {
        var (_, cohortId, lessonId, quiz) = await ShortCourseAsync();
        var learner = PortalForms.PrincipalOf((await LearnerAsync("Ольга О'Коннор-Петренко")).Id);

        Assert.True((await Service<CohortDesk>().EnrolSelfAsync(learner, cohortId)).IsSuccess);
        Assert.Null((await Service<LearnerProgress>().CompleteLessonAsync(learner, lessonId)).Value);
        var outcome = (await Service<LearnerProgress>().SubmitQuizAsync(learner, quiz.Id, Answers(quiz, correct: true))).Value;

        Assert.True(outcome.Grade.Passed);
        var code = Assert.IsType<string>(outcome.CertificateCode);
        var client = portal.CreatePlainClient();
        using var response = await client.GetAsync($"/certificates/{code}.pdf?lang=uk-UA");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var page = Assert.Single(PdfReading.PageTexts(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Ольга О\u02BCКоннор-Петренко", page, StringComparison.Ordinal);
        Assert.Contains("Olha OKonnor-Petrenko", page, StringComparison.Ordinal);
        Assert.Contains(LearningDemoData.ShortCourseTitle, page, StringComparison.Ordinal);

        var verification = await Service<CertificateRegistry>().VerifyAsync(code.ToLowerInvariant());
        Assert.Equal(VerificationStatus.Valid, verification.Status);
        var (status, html) = await client.GetPageAsync($"/verify/{code}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Сертифікат справжній і чинний", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ForgedOrMalformedCode_SaysNotFoundAndServesNoPdf()
    {
        var client = portal.CreatePlainClient();
        const string forged = "7KQ2-M9XD-4HPR-W6TA";

        Assert.Equal(VerificationStatus.NotFound, (await Service<CertificateRegistry>().VerifyAsync(forged)).Status);
        Assert.Equal(VerificationStatus.Malformed, (await Service<CertificateRegistry>().VerifyAsync("EG-2026-000001")).Status);
        using var pdf = await client.GetAsync($"/certificates/{forged}.pdf");
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        var (_, html) = await client.GetPageAsync($"/verify/{forged}");
        Assert.Contains("Сертифіката з таким кодом не знайдено.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitQuiz_AfterAttemptLimit_IsRefused()
    {
        var (_, cohortId, _, quiz) = await ShortCourseAsync();
        var learner = PortalForms.PrincipalOf((await LearnerAsync()).Id);
        await Service<CohortDesk>().EnrolSelfAsync(learner, cohortId);
        var progress = Service<LearnerProgress>();

        for (var i = 0; i < quiz.AttemptLimit; i++)
            Assert.False((await progress.SubmitQuizAsync(learner, quiz.Id, Answers(quiz, correct: false))).Value.Grade.Passed);

        var refused = await progress.SubmitQuizAsync(learner, quiz.Id, Answers(quiz, correct: true));
        Assert.Equal(LearningErrors.AttemptLimitReached, refused.Error);
        Assert.Equal(LearningErrors.AttemptLimitReached, (await progress.QuizAsync(learner, quiz.Id))!.Refusal);
    }

    [Fact]
    public async Task SubmitQuiz_NotEnrolledOrCohortClosed_IsRefused()
    {
        var (courseId, _, _, quiz) = await ShortCourseAsync();
        var member = await LearnerAsync();
        var learner = PortalForms.PrincipalOf(member.Id);
        var progress = Service<LearnerProgress>();
        Assert.Equal(LearningErrors.NotEnrolled, (await progress.SubmitQuizAsync(learner, quiz.Id, Answers(quiz, true))).Error);

        await using (var db = await DbAsync())
        {
            var closed = Cohort.Create(courseId, "Закрита група", CohortKind.SelfPaced, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1),
                new DateTimeOffset(2025, 2, 1, 21, 0, 0, TimeSpan.Zero), null, null, true, null).Value;
            db.Cohorts.Add(closed);
            db.Enrolments.Add(Enrolment.Create(closed.Id, member.Id, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        Assert.Equal(LearningErrors.CohortClosed, (await progress.SubmitQuizAsync(learner, quiz.Id, Answers(quiz, true))).Error);
    }

    [Fact]
    public async Task Revoke_ByTrainer_VerificationSaysRevoked_StrangerIsForbidden()
    {
        var trainer = PortalForms.PrincipalOf((await portal.MemberByEmailAsync("trainer@demo.egov.ua")).Id);
        var learner = await LearnerAsync("Петро Ґудзь");
        Guid cohortId;
        await using (var db = await DbAsync())
            cohortId = await db.Cohorts.Where(c => c.Name == LearningDemoData.TrainersCohort).Select(c => c.Id).SingleAsync();
        var desk = Service<CohortDesk>();
        Assert.True((await desk.EnrolByEmailAsync(trainer, cohortId, learner.Email)).IsSuccess);
        var certificate = (await desk.IssueAsync(trainer, cohortId, learner.Id)).Value;
        Assert.Equal(LearningErrors.AlreadyCertified, (await desk.IssueAsync(trainer, cohortId, learner.Id)).Error);

        var stranger = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        Assert.Equal(CommonErrors.Forbidden, (await desk.RevokeAsync(stranger, certificate.Id, "Підробка")).Error);
        Assert.Equal(LearningErrors.RevocationReasonRequired, (await desk.RevokeAsync(trainer, certificate.Id, " ")).Error);
        Assert.True((await desk.RevokeAsync(trainer, certificate.Id, "Помилка в імені")).IsSuccess);

        var verification = await Service<CertificateRegistry>().VerifyAsync(certificate.Code);
        Assert.Equal(VerificationStatus.Revoked, verification.Status);
        var (_, html) = await portal.CreatePlainClient().GetPageAsync($"/verify/{certificate.Code}");
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("Сертифікат відкликано", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Помилка в імені", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZipJob_Cohort_ZipHoldsEveryValidCertificate()
    {
        var trainer = await portal.MemberByEmailAsync("trainer@demo.egov.ua");
        Guid cohortId;
        int expected;
        CertificateBatch batch;
        await using (var db = await DbAsync())
        {
            cohortId = await db.Cohorts.Where(c => c.Name == LearningDemoData.RegionalCohort).Select(c => c.Id).SingleAsync();
            expected = await db.Certificates.CountAsync(c => c.CohortId == cohortId && c.RevokedAt == null);
            batch = CertificateBatch.Request(cohortId, trainer.Id, "en-US", DateTimeOffset.UtcNow);
            db.CertificateBatches.Add(batch);
            await db.SaveChangesAsync();
        }

        await Service<CertificateZipJob>().RunAsync(batch.Id, "https://egov-collab.example", CancellationToken.None);
        await Service<CertificateZipJob>().RunAsync(batch.Id, "https://egov-collab.example", CancellationToken.None);

        var progress = await Service<CertificateBatches>().LatestAsync(cohortId);
        Assert.Equal(BatchStatus.Done, progress!.Status);
        Assert.True(expected >= 1);
        var file = await Service<CertificateBatches>().FileForAsync(PortalForms.PrincipalOf(trainer.Id), batch.Id);
        Assert.NotNull(file);
        using var zip = ZipFile.OpenRead(file);
        Assert.Equal(expected, zip.Entries.Count);
        Assert.All(zip.Entries, entry => Assert.EndsWith(".pdf", entry.Name, StringComparison.Ordinal));
        Assert.Null(await Service<CertificateBatches>().FileForAsync(PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id), batch.Id));
    }
}
