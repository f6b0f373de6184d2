using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The academy's course "Електронне урядування" (nine lessons in three sections and a final test), a short course for trying things out, four
/// cohorts (online, a finished regional one, an open short one, the school of trainer-consultants) and the demo
/// learner's certificate from the regional training. Idempotent: nothing is added when the course exists.
/// </summary>
public sealed class LearningDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string CourseTitle = "Електронне урядування";
    public const string ShortCourseTitle = "Електронні послуги в громаді: стислий курс";
    public const string OnlineCohort = "Перша група 2026 (дистанційно)";
    public const string RegionalCohort = "Львівщина: регіональне навчання";
    public const string ShortCohort = "Відкрита група стислого курсу";
    public const string TrainersCohort = "Школа тренерів-консультантів 2026";

    private const string IssuerEn = "National Academy of Public Administration under the President of Ukraine";
    private const string Signatories =
        "Олена Гнатюк — ректорка Академії | Olena Hnatiuk — Rector of the Academy\n" +
        "Віктор Савченко — тренер-консультант курсу | Viktor Savchenko — Course trainer and consultant";

    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Courses.AnyAsync(c => c.Title == CourseTitle, cancellationToken)) return;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var members = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@" + DemoData.EmailDomain))
            .ToDictionaryAsync(u => u.Email!.Split('@')[0], u => u.Id, cancellationToken);
        var trainer = members["trainer"];
        var learner = members["learner"];

        var course = Course.Create(CourseTitle, "E-Governance",
            "Дистанційний курс Національної академії для посадовців органів влади та місцевого самоврядування: що таке електронне урядування, його правові засади, електронні послуги, відкриті дані та цифрова безпека.",
            36, ReferenceData.Academy, IssuerEn, Signatories, "EG", now).Value;
        db.Courses.Add(course);
        var basics = Section(course, 1, "Основи електронного урядування");
        var services = Section(course, 2, "Електронні послуги та відкриті дані");
        var trust = Section(course, 3, "Безпека, участь і трансформація громади");
        var final = Section(course, 4, "Підсумкова перевірка");
        Lesson(course, basics, 1, "Що таке електронне урядування", DemoLessons.WhatIsEGovernance, "https://www.youtube.com/results?search_query=електронне+урядування+україна", 25,
            "Концепція розвитку електронного урядування в Україні | https://zakon.rada.gov.ua/laws/show/649-2017-р");
        Lesson(course, basics, 2, "Правові засади: закони, на яких тримається «цифра»", DemoLessons.LegalBasis, null, 30,
            "Закон України «Про електронні документи та електронний документообіг» | https://zakon.rada.gov.ua/laws/show/851-15");
        Lesson(course, basics, 3, "Електронна ідентифікація і довірчі послуги: КЕП, «Дія.Підпис», BankID", DemoLessons.ElectronicIdentity, null, 30,
            "Закон України «Про електронну ідентифікацію та електронні довірчі послуги» | https://zakon.rada.gov.ua/laws/show/2155-19");
        Lesson(course, services, 4, "Електронні послуги: ЦНАП, «Дія» і принцип «єдиного вікна»", DemoLessons.EServices, null, 30, null);
        Lesson(course, services, 5, "Реєстри й «Трембіта»: принцип «одного разу»", DemoLessons.Interoperability, null, 25, null);
        Lesson(course, services, 6, "Відкриті дані в органах влади", DemoLessons.OpenData, null, 20,
            "Єдиний державний вебпортал відкритих даних | https://data.gov.ua");
        Lesson(course, trust, 7, "Кібергігієна і захист персональних даних", DemoLessons.CyberHygiene, null, 30, null);
        Lesson(course, trust, 8, "Електронна демократія: петиції, бюджет участі, консультації", DemoLessons.EDemocracy, null, 25, null);
        Lesson(course, trust, 9, "Цифрова трансформація громади: з чого почати", DemoLessons.HromadaTransformation, null, 30, null);
        var quiz = CourseQuiz.Create(course.Id, final.Id, 10, "Підсумковий тест", DemoLessons.FinalQuiz(), 75, 3).Value;
        db.CourseQuizzes.Add(quiz);

        var shortCourse = Course.Create(ShortCourseTitle, "E-services in a hromada: a short course",
            "Стислий курс за годину: як громада переводить свої послуги в онлайн.", 4, ReferenceData.Academy, IssuerEn, Signatories, "EG", now).Value;
        db.Courses.Add(shortCourse);
        var shortSection = Section(shortCourse, 1, "Послуги онлайн");
        Lesson(shortCourse, shortSection, 1, "Які послуги громада може надавати онлайн", DemoLessons.HromadaServices, null, 15, null);
        db.CourseQuizzes.Add(CourseQuiz.Create(shortCourse.Id, shortSection.Id, 2, "Перевірка знань", DemoLessons.ShortQuiz(), 50, 2).Value);
        await db.SaveChangesAsync(cancellationToken);

        var closes = (DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(21, 59, 59)), TimeSpan.Zero);
        var online = Cohort.Create(course.Id, OnlineCohort, CohortKind.SelfPaced, today.AddDays(-30), today.AddDays(90), closes(today.AddDays(90)),
            trainer, null, selfEnrolment: true, capacity: 20).Value;
        var regional = Cohort.Create(course.Id, RegionalCohort, CohortKind.TrainerLed, today.AddDays(-75), today.AddDays(-20), closes(today.AddDays(-20)),
            trainer, Regions.Lviv.Code, selfEnrolment: false, capacity: 30).Value;
        var shortCohort = Cohort.Create(shortCourse.Id, ShortCohort, CohortKind.SelfPaced, today.AddDays(-7), today.AddDays(180), closes(today.AddDays(180)),
            trainer, null, selfEnrolment: true, capacity: null).Value;
        var trainers = Cohort.Create(course.Id, TrainersCohort, CohortKind.TrainingOfTrainers, today.AddDays(-14), today.AddDays(45), closes(today.AddDays(45)),
            trainer, Regions.Kyiv.Code, selfEnrolment: false, capacity: 25).Value;
        db.Cohorts.AddRange(online, regional, shortCohort, trainers);
        db.Enrolments.Add(Enrolment.Create(regional.Id, learner, trainer, now.AddDays(-75)));
        foreach (var days in new[] { -75, -68, -61, -54 })
            db.AttendanceMarks.Add(AttendanceMark.Create(regional.Id, learner, today.AddDays(days), trainer));
        if (members.TryGetValue("member1", out var futureTrainer))
            db.Enrolments.Add(Enrolment.Create(trainers.Id, futureTrainer, trainer, now.AddDays(-14)));

        var name = await db.Users.Where(u => u.Id == learner).Select(u => u.FullName).SingleAsync(cancellationToken);
        var issuedOn = today.AddDays(-20);
        var number = CertificateNumber.Create("EG", issuedOn.Year, 1).Value;
        var certificate = Certificate.Issue(number, VerificationCode.New(), CertificateKind.CourseCompletion, learner, HolderName.Create(name).Value,
            course, regional.Id, issuedOn, trainer, now);
        db.Certificates.Add(certificate);
        db.AuditEntries.Add(AuditEntry.Record(trainer, ModuleKey.Learning, "learning.certificate.granted", $"certificate:{certificate.Id}", null,
            $"{certificate.Number} {certificate.HolderName} — {course.Title}", now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private CourseSection Section(Course course, int order, string title)
    {
        var section = CourseSection.Create(course.Id, order, title);
        db.CourseSections.Add(section);
        return section;
    }

    private void Lesson(Course course, CourseSection section, int order, string title, string html, string? video, int minutes, string? attachments) =>
        db.Lessons.Add(Domain.Learning.Lesson.Create(course.Id, section.Id, order, title, html, video, attachments, minutes));
}
