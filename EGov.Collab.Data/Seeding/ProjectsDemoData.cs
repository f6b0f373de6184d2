using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The project exchange's demo: eighteen listings of every kind (idea, project, ready solution), both directions and every
/// stage (pending, published, rejected, archived, and one expired), tagged with readiness codes so that matching has
/// something to order; interests (one accepted, others open) and endorsements by organisations. Idempotent.
/// </summary>
public sealed class ProjectsDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string ExpiredTitle = "Мобільний застосунок «Прибирання двору»";
    public const string PendingTitle = "Портал бюджету участі з голосуванням через Дію";

    private sealed record DemoListing(
        string Author, ListingKind Kind, ListingDirection Direction, string TitleUk, string TitleEn, string TextUk, string TextEn,
        ListingStage Stage, DevelopmentStatus? Status, string Licence, string Repository, string[] Platforms, string[] Categories,
        decimal? BudgetMin, decimal? BudgetMax, GovernmentLevels Levels, string[] Readiness, int DaysAgo);

    private static readonly DemoListing[] Listings =
    [
        new("expert2", ListingKind.Solution, ListingDirection.Offer, "Електронна черга ЦНАП з відкритим кодом", "Open-source queue system for service centres",
            "Запис до ЦНАП онлайн, табло черги, SMS-нагадування та статистика навантаження. Працює в трьох громадах Поділля.",
            "Online booking for administrative service centres, a queue display, SMS reminders and load statistics. Runs in three Podillia communities.",
            ListingStage.Published, DevelopmentStatus.Stable, "EUPL-1.2", "https://github.com/cifrove-podillia/cnap-queue", ["web", "linux"], ["queue-management", "citizen-services"],
            0, 150_000, GovernmentLevels.Local, ["SERV", "SERV.1"], 40),
        new("expert2", ListingKind.Solution, ListingDirection.Offer, "Модуль доступності для сайтів громад", "Accessibility module for community websites",
            "Перевіряє сторінки на відповідність WCAG 2.1 AA, виправляє контраст і підписи зображень, формує звіт.",
            "Checks pages against WCAG 2.1 AA, fixes contrast and image captions, produces a report.",
            ListingStage.Published, DevelopmentStatus.Beta, "MIT", "https://github.com/cifrove-podillia/a11y-kit", ["web"], ["accessibility", "website-management"],
            20_000, 60_000, GovernmentLevels.Local | GovernmentLevels.Regional, ["SERV.2"], 25),
        new("expert1", ListingKind.Project, ListingDirection.Request, "Шукаємо партнерів: відкриті дані громад на карті", "Looking for partners: community open data on a map",
            "Університетська команда будує карту наборів відкритих даних громад. Шукаємо три пілотні громади та фінансування на рік.",
            "A university team is building a map of community open data sets. We are looking for three pilot communities and a year of funding.",
            ListingStage.Published, DevelopmentStatus.Development, "Apache-2.0", "https://github.com/ukma-lab/open-data-map", ["web"], ["open-data", "data-visualization"],
            300_000, 900_000, GovernmentLevels.Local, ["PART.1"], 18),
        new("member2", ListingKind.Idea, ListingDirection.Offer, "Е-петиції для малих громад без власного ІТ-відділу", "E-petitions for small communities without an IT department",
            "Хмарний сервіс е-петицій, який громада підключає за день: модерація, підписи через BankID, звіт для ради.",
            "A hosted e-petitions service a community connects in a day: moderation, BankID signatures, a report for the council.",
            ListingStage.Published, DevelopmentStatus.Concept, "", "", ["web"], ["e-democracy"],
            null, 50_000, GovernmentLevels.Local, ["PART", "PART.2"], 12),
        new("member1", ListingKind.Project, ListingDirection.Offer, "Цифровий хаб навчання для мешканців", "Digital learning hub for residents",
            "Львівська міська рада ділиться програмою і матеріалами хабу цифрової грамотності в бібліотеках.",
            "Lviv city council shares the programme and materials of its digital literacy hub in libraries.",
            ListingStage.Published, DevelopmentStatus.Stable, "CC-BY-4.0", "", [], ["training", "digital-skills"],
            null, null, GovernmentLevels.Local, ["CAP.3"], 30),
        new("expert1", ListingKind.Solution, ListingDirection.Offer, "Курс «Цифрові навички держслужбовця»", "Course: digital skills for civil servants",
            "Дистанційний курс із тестами і сертифікатами; ліцензія дозволяє громадам розгортати його у себе.",
            "An online course with quizzes and certificates; the licence lets communities run it themselves.",
            ListingStage.Published, DevelopmentStatus.Stable, "CC-BY-SA-4.0", "https://github.com/ukma-lab/digital-skills-course", ["web"], ["training"],
            0, 0, GovernmentLevels.National | GovernmentLevels.Local, ["CAP", "CAP.1"], 8),
        new("chair", ListingKind.Project, ListingDirection.Request, "Підключення громад Вінниччини до «Трембіти»", "Connecting Vinnytsia communities to Trembita",
            "Обласна програма шукає підрядника та співфінансування для підключення 20 громад до системи електронної взаємодії.",
            "A regional programme seeks a contractor and co-funding to connect 20 communities to the data exchange system.",
            ListingStage.Published, null, "", "", [], ["interoperability"],
            1_000_000, 3_000_000, GovernmentLevels.Regional, ["TECH.2"], 5),
        new("expert2", ListingKind.Solution, ListingDirection.Offer, "Резервне копіювання для малих органів влади", "Backups for small public bodies",
            "Налаштований комплект резервного копіювання з шифруванням і сховищем поза приміщенням.",
            "A ready backup kit with encryption and off-site storage.",
            ListingStage.Published, DevelopmentStatus.Stable, "GPL-3.0-or-later", "https://github.com/cifrove-podillia/backup-kit", ["linux"], ["security"],
            10_000, 40_000, GovernmentLevels.Local, ["TECH", "TECH.3"], 60),
        new("juror1", ListingKind.Idea, ListingDirection.Request, "Шукаємо рішення для онлайн-консультацій з громадськістю", "Looking for an online public consultation tool",
            "Громадська організація шукає рішення, яке органи влади могли б використовувати для консультацій щодо проєктів рішень.",
            "A civil-society organisation looks for a tool public bodies could use to consult on draft decisions.",
            ListingStage.Published, null, "", "", [], ["e-democracy"],
            null, null, GovernmentLevels.National | GovernmentLevels.Local, ["PART.2"], 3),
        new("member2", ListingKind.Solution, ListingDirection.Offer, ExpiredTitle, "Mobile app: tidy courtyards",
            "Мешканці фотографують проблему у дворі, комунальна служба бачить її на карті. Оголошення минуло 12 місяців тому й не поновлене.",
            "Residents photograph a courtyard problem; the utility sees it on a map. The listing passed its 12 months and was not renewed.",
            ListingStage.Expired, DevelopmentStatus.Stable, "MIT", "https://github.com/open-city/tidy-courtyards", ["android", "ios"], ["citizen-services"],
            null, 80_000, GovernmentLevels.Local, ["SERV"], 400),
        new("contributor", ListingKind.Idea, ListingDirection.Offer, "Чат-бот громади в месенджерах", "A community chat-bot in messengers",
            "Бот відповідає на типові питання мешканців і записує на прийом. Ідею відкликано автором.",
            "A bot answers residents' common questions and books appointments. Withdrawn by its author.",
            ListingStage.Archived, DevelopmentStatus.Concept, "", "", ["web"], ["citizen-services"],
            null, null, GovernmentLevels.Local, ["SERV.1"], 120),
        new("expert2", ListingKind.Project, ListingDirection.Offer, "Реєстр рішень ради з повнотекстовим пошуком", "Council decisions register with full-text search",
            "Проєкт завершено; код і документація лишаються в архіві для тих, хто захоче повторити.",
            "The project is finished; the code and documentation stay archived for anyone who wants to reuse them.",
            ListingStage.Archived, DevelopmentStatus.Obsolete, "EUPL-1.2", "https://github.com/cifrove-podillia/decisions-register", ["web"], ["document-management"],
            null, null, GovernmentLevels.Local, ["PART.1"], 200),
        new("member2", ListingKind.Project, ListingDirection.Request, PendingTitle, "Participatory budget portal with Diia voting",
            "Шукаємо громаду-партнера для пілоту бюджету участі з голосуванням через Дію.",
            "We look for a partner community to pilot a participatory budget with voting through Diia.",
            ListingStage.Pending, DevelopmentStatus.Development, "AGPL-3.0-only", "https://github.com/open-city/pb-portal", ["web"], ["e-democracy"],
            200_000, 500_000, GovernmentLevels.Local, ["PART.2"], 2),
        new("contributor", ListingKind.Idea, ListingDirection.Offer, "Гео-інформаційна система для ОСББ", "A GIS for housing associations",
            "Пропозиція створити ГІС для обліку майна ОСББ.",
            "A proposal to build a GIS for housing associations' property.",
            ListingStage.Pending, DevelopmentStatus.Concept, "", "", [], ["gis"],
            null, null, GovernmentLevels.Local, [], 1),
        new("juror1", ListingKind.Solution, ListingDirection.Offer, "Платформа голосування", "Voting platform",
            "Коротко: платформа.", "Short: a platform.",
            ListingStage.Rejected, null, "", "", [], [],
            null, null, GovernmentLevels.None, [], 6),
        new("member1", ListingKind.Idea, ListingDirection.Request, "Шукаємо CDTO-ментора для селищних рад", "Looking for a CDTO mentor for settlement councils",
            "Потрібні досвідчені CDTO, які готові супроводжувати новопризначених колег у малих громадах.",
            "We need experienced CDTOs ready to mentor newly appointed colleagues in small communities.",
            ListingStage.Published, null, "", "", [], ["mentoring"],
            null, null, GovernmentLevels.Local, ["INST.2"], 14),
        new("juror3", ListingKind.Solution, ListingDirection.Offer, "Типова стратегія цифрового розвитку громади", "Model digital development strategy for a community",
            "Шаблон стратегії з вимірюваними цілями, планом заходів та індикаторами, узгоджений з методикою е-готовності.",
            "A strategy template with measurable goals, an action plan and indicators, aligned with the e-readiness methodology.",
            ListingStage.Published, DevelopmentStatus.Stable, "CC-BY-4.0", "", [], ["strategy"],
            0, 0, GovernmentLevels.Local | GovernmentLevels.Regional, ["INST", "INST.1"], 20),
        new("expert1", ListingKind.Project, ListingDirection.Offer, "Дослідження цифрових навичок працівників ОМС", "Study of local government staff's digital skills",
            "Пропонуємо провести оцінку цифрових навичок за рамкою DigComp і скласти індивідуальні плани навчання.",
            "We offer to assess digital skills against DigComp and draw up individual training plans.",
            ListingStage.Published, DevelopmentStatus.Beta, "", "", [], ["research", "digital-skills"],
            50_000, 120_000, GovernmentLevels.Local, ["CAP.2"], 9),
    ];

    public int Order => 70;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ProjectListings.AnyAsync(cancellationToken)) return;
        var members = await db.Users.Where(u => u.Email!.EndsWith("@" + DemoData.EmailDomain)).ToDictionaryAsync(u => u.Email!.Split('@')[0], cancellationToken);
        if (!members.TryGetValue("admin", out var moderator)) return;
        var now = clock.GetUtcNow();
        var created = new Dictionary<string, Listing>();
        foreach (var demo in Listings)
        {
            if (!members.TryGetValue(demo.Author, out var author)) continue;
            var content = ListingContent.Create(demo.Kind, demo.Direction, demo.TitleUk, demo.TitleEn, demo.TextUk, demo.TextEn, demo.Status,
                demo.Status is null ? null : MaintenanceType.Community, demo.Licence, demo.Repository, demo.Platforms, demo.Categories,
                author.FullName, author.Email, demo.BudgetMin, demo.BudgetMax, demo.Levels, [], demo.Readiness).Value;
            var at = now.AddDays(-demo.DaysAgo);
            var listing = Listing.Submit(content, author.Id, author.FullName, author.OrganisationId, at).Value;
            switch (demo.Stage)
            {
                case ListingStage.Published or ListingStage.Expired:
                    listing.Approve(moderator.Id, at.AddHours(5));
                    break;
                case ListingStage.Archived:
                    listing.Approve(moderator.Id, at.AddHours(5));
                    listing.Archive(author.Id, at.AddDays(30));
                    break;
                case ListingStage.Rejected:
                    listing.Reject(moderator.Id, "Опис надто короткий: додайте, що саме робить платформа, для кого вона і де вже працює.", at.AddHours(5));
                    break;
            }
            db.ProjectListings.Add(listing);
            created[demo.TitleEn] = listing;
        }

        Interest(created, members, "Open-source queue system for service centres", "citymanager",
            "Львів розглядає заміну черги в ЦНАП. Чи можна подивитися демо і дізнатися про вартість супроводу?", accept: true, now.AddDays(-20));
        Interest(created, members, "Accessibility module for community websites", "citymanager",
            "Наш сайт не проходить аудит доступності. Чи підійде модуль для нашої CMS?", accept: false, now.AddDays(-2));
        Interest(created, members, "Open-source queue system for service centres", "learner",
            "Куликівська громада хоче електронну чергу. Чи підійде для малого ЦНАП?", accept: false, now.AddDays(-6));
        Interest(created, members, "Looking for partners: community open data on a map", "juror2",
            "Вінниця готова стати пілотною громадою.", accept: false, now.AddDays(-4));
        Interest(created, members, "Course: digital skills for civil servants", "respondent",
            "Хочемо впровадити курс для працівників селищної ради.", accept: false, now.AddDays(-1));

        Endorse(created, members, "Open-source queue system for service centres", ["juror2", "member1", "juror3"], now.AddDays(-15));
        Endorse(created, members, "Accessibility module for community websites", ["juror1"], now.AddDays(-10));
        Endorse(created, members, "Looking for partners: community open data on a map", ["member2", "juror2"], now.AddDays(-8));
        Endorse(created, members, "Model digital development strategy for a community", ["member1", "chair"], now.AddDays(-7));

        // Some views for the authors' dashboards, spread over the last weeks.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var listing in created.Values.Where(l => l.Status == ListingStatus.Published && !l.IsExpired(now)))
        {
            for (var day = 0; day < 40; day += 3)
            {
                var views = new ListingViewDay(listing.Id, today.AddDays(-day));
                for (var i = 0; i < 1 + (listing.Id.GetHashCode() & 0x7fffffff) % 7 + day % 5; i++) views.Add();
                db.ProjectViewDays.Add(views);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Interest(Dictionary<string, Listing> listings, Dictionary<string, Member> members, string titleEn, string who, string message, bool accept, DateTimeOffset at)
    {
        if (!listings.TryGetValue(titleEn, out var listing) || !members.TryGetValue(who, out var member)) return;
        var interest = listing.ExpressInterest(member.Id, member.FullName, member.OrganisationId, message, at);
        if (interest.IsSuccess && accept) listing.DecideInterest(listing.AuthorId, interest.Value.Id, accept: true, at.AddDays(1));
    }

    private static void Endorse(Dictionary<string, Listing> listings, Dictionary<string, Member> members, string titleEn, string[] who, DateTimeOffset at)
    {
        if (!listings.TryGetValue(titleEn, out var listing)) return;
        foreach (var local in who)
        {
            if (members.TryGetValue(local, out var member)) listing.Endorse(member.OrganisationId, member.Id, at);
        }
    }
}
