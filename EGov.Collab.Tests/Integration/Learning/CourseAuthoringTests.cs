using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Learning;

[Collection(SharedPortal.Name)]
public sealed class CourseAuthoringTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private async Task<CollabDbContext> DbAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    private async Task<System.Security.Claims.ClaimsPrincipal> TrainerAsync() =>
        PortalForms.PrincipalOf((await portal.MemberByEmailAsync("trainer@demo.egov.ua")).Id);

    private static CourseForm Form(string title) => new() { Title = title, Hours = 4, Issuer = "Академія", CertificatePrefix = "ca" };

    [Fact]
    public async Task Search_FindsACourseAndItsLessonOnlyWhilePublished_AndARemovedLessonLeaves()
    {
        var trainer = await TrainerAsync();
        var visitor = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        var authoring = Service<CourseAuthoring>();
        var word = "курсдлятесту" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsDigit));
        var lessonWord = "урокдлятесту" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsDigit));
        var courseId = (await authoring.CreateAsync(trainer, Form($"Курс {word}"))).Value;
        Assert.True((await authoring.AddSectionAsync(trainer, courseId, "Вступ")).IsSuccess);
        var sectionId = (await authoring.DraftAsync(trainer, courseId)).Value.Sections.Single().Section.Id;
        var lessonId = (await authoring.SaveLessonAsync(trainer, courseId, new LessonForm { SectionId = sectionId, Title = "Урок", Body = $"Про {lessonWord}" })).Value;
        await using var scope = portal.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<PortalSearch>();
        async Task<int> FoundAsync(string query) => (await search.SearchAsync(visitor, new SearchRequest(query))).Value.Total;

        Assert.Equal(0, await FoundAsync(word));
        Assert.True((await authoring.SetPublishedAsync(trainer, courseId, true)).IsSuccess);
        Assert.Equal(1, await FoundAsync(word));
        Assert.Equal(1, await FoundAsync(lessonWord));

        Assert.True((await authoring.SetPublishedAsync(trainer, courseId, false)).IsSuccess);
        Assert.Equal(0, await FoundAsync(word));
        Assert.Equal(0, await FoundAsync(lessonWord));

        Assert.True((await authoring.SetPublishedAsync(trainer, courseId, true)).IsSuccess);
        Assert.True((await authoring.SaveLessonAsync(trainer, courseId, new LessonForm { SectionId = sectionId, Title = "Другий урок", Body = "Ще текст" })).IsSuccess);
        Assert.True((await authoring.RemoveLessonAsync(trainer, courseId, lessonId)).IsSuccess);
        Assert.Equal(0, await FoundAsync(lessonWord));
        Assert.Equal(1, await FoundAsync(word));
    }

    [Fact]
    public async Task NewCourse_HiddenUntilPublished_EmptyCannotBePublished_StrangerCannotEdit()
    {
        var trainer = await TrainerAsync();
        var stranger = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var authoring = Service<CourseAuthoring>();
        var catalogue = Service<CourseCatalogue>();
        var title = "Курс " + Guid.NewGuid().ToString("N")[..6];

        var courseId = (await authoring.CreateAsync(trainer, Form(title))).Value;

        Assert.Null(await catalogue.OutlineAsync(courseId, stranger));
        Assert.True((await catalogue.OutlineAsync(courseId, trainer))!.CanEdit);
        Assert.DoesNotContain(await catalogue.ListAsync(), c => c.Id == courseId);
        Assert.Equal(LearningErrors.CourseEmpty, (await authoring.SetPublishedAsync(trainer, courseId, true)).Error);
        Assert.Equal(CommonErrors.Forbidden, (await authoring.AddSectionAsync(stranger, courseId, "Чужий розділ")).Error);
        Assert.Equal(CommonErrors.Forbidden, (await authoring.CreateAsync(stranger, Form("Чужий курс"))).Error);

        Assert.True((await authoring.AddSectionAsync(trainer, courseId, "Вступ")).IsSuccess);
        var sectionId = (await authoring.DraftAsync(trainer, courseId)).Value.Sections.Single().Section.Id;
        var refused = await authoring.SaveLessonAsync(trainer, courseId, new LessonForm { SectionId = sectionId, Title = "Урок", VideoUrl = "https://example.com/v" });
        Assert.Equal("VideoUrl", refused.Error!.Field);
        var lessonId = (await authoring.SaveLessonAsync(trainer, courseId, new LessonForm
        {
            SectionId = sectionId, Title = "Урок", Body = "Текст <script>alert(1)</script> **важливий**", VideoUrl = "https://vimeo.com/76979871",
        })).Value;
        Assert.True((await authoring.SetPublishedAsync(trainer, courseId, true)).IsSuccess);

        Assert.Contains(await catalogue.ListAsync(), c => c.Id == courseId);
        var lesson = (await catalogue.LessonAsync(lessonId, stranger))!;
        Assert.DoesNotContain("<script", lesson.SafeBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>важливий</strong>", lesson.SafeBody, StringComparison.Ordinal);
        Assert.Equal("https://player.vimeo.com/video/76979871", lesson.VideoEmbed);
        await using var db = await DbAsync();
        var actions = await db.AuditEntries.Where(a => a.Subject == $"course:{courseId}").Select(a => a.Action).ToListAsync();
        Assert.Contains("learning.course.created", actions);
        Assert.Contains("learning.lesson.created", actions);
        Assert.Contains("learning.course.published", actions);
    }

    [Fact]
    public async Task Steps_MoveWithinTheirSection()
    {
        var trainer = await TrainerAsync();
        var authoring = Service<CourseAuthoring>();
        var courseId = (await authoring.CreateAsync(trainer, Form("Порядок " + Guid.NewGuid().ToString("N")[..6]))).Value;
        await authoring.AddSectionAsync(trainer, courseId, "Перший");
        await authoring.AddSectionAsync(trainer, courseId, "Другий");
        var sections = (await authoring.DraftAsync(trainer, courseId)).Value.Sections;
        var first = sections[0].Section.Id;
        foreach (var title in new[] { "А", "Б", "В" })
            await authoring.SaveLessonAsync(trainer, courseId, new LessonForm { SectionId = first, Title = title });

        var b = (await authoring.DraftAsync(trainer, courseId)).Value.Sections[0].Steps[1].Id;
        Assert.True((await authoring.MoveStepAsync(trainer, courseId, b, -1)).IsSuccess);
        Assert.True((await authoring.MoveSectionAsync(trainer, courseId, sections[1].Section.Id, -1)).IsSuccess);

        var draft = (await authoring.DraftAsync(trainer, courseId)).Value;
        Assert.Equal(["Другий", "Перший"], draft.Sections.Select(s => s.Section.Title));
        Assert.Equal(["Б", "А", "В"], draft.Sections[1].Steps.Select(s => s.Title));
        Assert.Equal(LearningErrors.SectionNotEmpty, (await authoring.RemoveSectionAsync(trainer, courseId, first)).Error);
    }

    [Fact]
    public async Task QuizBank_AttemptDrawsAndStoresTheShownQuestions()
    {
        var trainer = await TrainerAsync();
        var authoring = Service<CourseAuthoring>();
        var courseId = (await authoring.CreateAsync(trainer, Form("Банк " + Guid.NewGuid().ToString("N")[..6]))).Value;
        await authoring.AddSectionAsync(trainer, courseId, "Тести");
        var sectionId = (await authoring.DraftAsync(trainer, courseId)).Value.Sections[0].Section.Id;
        var form = new QuizForm { SectionId = sectionId, Title = "Банк питань", DrawCount = 2, PassMarkPercent = 100 };
        for (var i = 0; i < 4; i++)
            form.Questions.Add(new QuestionForm { Kind = QuestionKind.TrueFalse, Text = $"Твердження {i}", StatementIsTrue = i % 2 == 0 });
        form.Questions.Add(new QuestionForm { Kind = QuestionKind.Matching, Text = "Пари", Options = [new() { Text = "A", Match = "1" }] });
        Assert.Equal(CourseAuthoring.QuestionField(4), (await authoring.SaveQuizAsync(trainer, courseId, form)).Error!.Field);
        form.Questions.RemoveAt(4);
        var quizId = (await authoring.SaveQuizAsync(trainer, courseId, form)).Value;
        await authoring.SetPublishedAsync(trainer, courseId, true);

        var learner = await portal.CreateMemberAsync();
        await using (var db = await DbAsync())
        {
            var cohort = Cohort.Create(courseId, "Група банку", CohortKind.SelfPaced, new DateOnly(2026, 1, 1), new DateOnly(2030, 1, 1),
                new DateTimeOffset(2030, 1, 1, 21, 0, 0, TimeSpan.Zero), null, null, true, null).Value;
            db.Cohorts.Add(cohort);
            db.Enrolments.Add(Enrolment.Create(cohort.Id, learner.Id, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        var principal = PortalForms.PrincipalOf(learner.Id);
        var progress = Service<LearnerProgress>();
        var session = (await progress.QuizAsync(principal, quizId))!;
        Assert.Equal(2, session.Questions.Count);
        var answers = session.Questions.ToDictionary(q => q.Question.Id, q => (IReadOnlySet<Guid>)q.Question.CorrectOptionIds);

        var outcome = (await progress.SubmitQuizAsync(principal, quizId, answers)).Value;

        Assert.True(outcome.Grade.Passed);
        Assert.Equal(2, outcome.Grade.Total);
        await using var check = await DbAsync();
        var attempt = await check.QuizAttempts.SingleAsync(a => a.QuizId == quizId);
        Assert.Equal(session.Questions.Select(q => q.Question.Id).Order(), attempt.DrawnQuestionIds.Order());
    }
}
