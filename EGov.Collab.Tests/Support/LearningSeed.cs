using System.Security.Claims;
using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Support;

/// <summary>A published course of one lesson and one quiz, written by the demo trainer through the authoring service, and a cohort they teach.</summary>
internal sealed record SeededCourse(Guid CourseId, Guid LessonId, Guid QuizId, Guid CohortId, string Title, string QuestionText, string RightAnswer, string WrongAnswer);

internal static class LearningSeed
{
    public const string TrainerEmail = "trainer@demo.egov.ua";

    public static async Task<SeededCourse> CourseAsync(IServiceProvider services, QuizReview review, int attemptLimit = 3)
    {
        var trainerId = await MemberIdAsync(services, TrainerEmail);
        var trainer = PortalForms.PrincipalOf(trainerId);
        var authoring = services.GetRequiredService<CourseAuthoring>();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = $"Курс для відгуку {tag}";
        var courseId = (await authoring.CreateAsync(trainer, new CourseForm { Title = title, Hours = 2, Issuer = "Академія", CertificatePrefix = "fb" })).Value;
        Ok(await authoring.AddSectionAsync(trainer, courseId, "Вступ"));
        var sectionId = (await authoring.DraftAsync(trainer, courseId)).Value.Sections.Single().Section.Id;
        var lessonId = (await authoring.SaveLessonAsync(trainer, courseId, new LessonForm { SectionId = sectionId, Title = "Перший урок", Body = "Текст уроку." })).Value;
        var question = $"Який реєстр веде Мін'юст {tag}?";
        var quizId = (await authoring.SaveQuizAsync(trainer, courseId, new QuizForm
        {
            SectionId = sectionId,
            Title = "Перевірка знань",
            PassMarkPercent = 100,
            AttemptLimit = attemptLimit,
            Review = review,
            Questions =
            [
                new QuestionForm
                {
                    Text = question,
                    Options = [new OptionForm { Text = "Реєстр юридичних осіб", IsCorrect = true }, new OptionForm { Text = "Реєстр виборців" }],
                },
            ],
        })).Value;
        Ok(await authoring.SetPublishedAsync(trainer, courseId, true));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cohort = Cohort.Create(courseId, $"Група {tag}", CohortKind.SelfPaced, today.AddDays(-1), today.AddDays(30),
            DateTimeOffset.UtcNow.AddDays(30), trainerId, null, true, null).Value;
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return new SeededCourse(courseId, lessonId, quizId, cohort.Id, title, question, "Реєстр юридичних осіб", "Реєстр виборців");
    }

    public static async Task<Guid> MemberIdAsync(IServiceProvider services, string email)
    {
        var normalised = email.ToUpperInvariant();
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => u.Id).SingleAsync();
    }

    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string email) =>
        PortalForms.PrincipalOf(await MemberIdAsync(services, email));

    private static void Ok(EGov.Collab.Domain.Common.Result result) =>
        Xunit.Assert.True(result.IsSuccess, result.IsSuccess ? "" : result.Error!.ToString());
}
