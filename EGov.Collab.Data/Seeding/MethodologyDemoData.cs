using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The methodology base's demo: the real acts of <see cref="MethodologyDemoActs"/> with their links, seven templates
/// (one revised to a second version), twelve programme and method examples across levels and regions (labelled as demo
/// examples), and the template that still cites the lost-force law on the digital signature, flagged by the watch.
/// </summary>
public sealed class MethodologyDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string FlaggedTemplateTitle = "Типове рішення про запровадження електронного документообігу в органі місцевого самоврядування";
    public const string CommunityProgrammeTitle = "Типова програма цифрового розвитку територіальної громади";

    private const string Kulykivska = "UA46060230000093092";
    private const string Lviv = "UA46000000000026241";
    private const string Vinnytsia = "UA05000000000010236";
    private const string KyivOblast = "UA32000000000030281";
    private const string KyivCity = "UA80000000000093317";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.LegalActs.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var author = await db.Users.Where(u => u.Email == "methodologist@" + DemoData.EmailDomain).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);

        var acts = MethodologyDemoActs.Cards.Select(card => LegalAct.Create(card, now).Value).ToDictionary(a => a.Identifier);
        db.LegalActs.AddRange(acts.Values);
        var links = new List<ActLink>();
        foreach (var (source, type, target) in MethodologyDemoActs.Links)
            links.Add(ActLink.Create(acts[source].Id, acts[target].Id, type, links).Value);
        db.ActLinks.AddRange(links);
        var editions = new[]
        {
            ActEdition.Create(acts["2155-19"], new DateOnly(2022, 12, 1), null, "https://zakon.rada.gov.ua/laws/show/2155-19",
                null, "Назва в редакції Закону № 2801-IX від 01.12.2022", now).Value,
            ActEdition.Create(acts["851-15"], new DateOnly(2003, 5, 22), null, "https://zakon.rada.gov.ua/laws/show/851-15", null, "Первинна редакція", now).Value,
        };
        db.ActEditions.AddRange(editions);
        var latest = editions.GroupBy(e => e.ActId).ToDictionary(g => g.Key, g => g.Max(e => e.EditionDate));

        foreach (var (title, description, kind, level, versions, cites) in Templates)
        {
            var created = MethodologyTemplate.Create(title, description, kind, level, versions[0], author, now).Value;
            db.MethodologyTemplates.Add(created.Template);
            db.TemplateVersions.Add(created.Version);
            foreach (var later in versions.Skip(1)) db.TemplateVersions.Add(created.Template.Revise(later, author, now).Value);
            foreach (var id in cites) db.ActCitations.Add(Citation(CitingKind.Template, created.Template.Id, acts[id], id == MethodologyDemoActs.DigitalSignature, today));
        }

        var communities = await db.Communities.Where(c => c.KatottgCode == Kulykivska || c.KatottgCode == KyivCity)
            .ToDictionaryAsync(c => c.KatottgCode, c => c.Id, cancellationToken);
        foreach (var (kind, title, summary, level, region, community, year, topic, cites) in Examples)
        {
            var example = MethodologyExample.Create(kind, title, summary, level, region, community is null ? null : communities.GetValueOrDefault(community),
                year, topic, null, author, now).Value;
            db.MethodologyExamples.Add(example);
            foreach (var id in cites) db.ActCitations.Add(Citation(CitingKind.Example, example.Id, acts[id], false, today));
        }
        await db.SaveChangesAsync(cancellationToken);

        ActCitation Citation(CitingKind kind, Guid citingId, LegalAct act, bool seenBeforeLossOfForce, DateOnly day)
        {
            var current = ActState.Of(act, latest.TryGetValue(act.Id, out var edition) ? edition : null, day);
            if (!seenBeforeLossOfForce) return ActCitation.Create(kind, citingId, act.Id, author, current);
            // Written while the act was in force: the watch flags it, as it would have on the day the act lost force.
            var citation = ActCitation.Create(kind, citingId, act.Id, author, $"{LegalActStatus.InForce}|-");
            citation.Check(current, now);
            return citation;
        }
    }

    private static readonly (string Title, string Description, DraftKind Kind, MethodologyLevel Level, string[] Versions, string[] Cites)[] Templates =
    [
        (CommunityProgrammeTitle, "Розділи, завдання й показники програми громади на три роки.", DraftKind.Programme, MethodologyLevel.Community,
        [
            """
            Title: Програма цифрового розвитку {{community}} на {{yearFrom}}–{{yearTo}} роки
            Section: Загальні положення
            Paragraph: Програму розроблено відповідно до законів України «Про місцеве самоврядування в Україні», «Про адміністративні послуги» та Концепції розвитку електронного урядування в Україні.
            Section: Мета програми
            Paragraph: Зробити адміністративні послуги {{community}} доступними онлайн.
            Section: Завдання і заходи
            Item: під'єднати ЦНАП до Єдиного державного веб-порталу електронних послуг;
            Item: оприлюднювати набори відкритих даних громади;
            Section: Очікувані результати
            Paragraph: Частка послуг, отриманих онлайн, зростає щороку.
            """,
            """
            Title: Програма цифрового розвитку {{community}} на {{yearFrom}}–{{yearTo}} роки
            Section: Загальні положення
            Paragraph: Програму розроблено відповідно до законів України «Про місцеве самоврядування в Україні», «Про адміністративні послуги», «Про особливості надання публічних (електронних публічних) послуг» та Концепції розвитку електронного урядування в Україні.
            Section: Мета програми
            Paragraph: Зробити адміністративні послуги {{community}} доступними онлайн і безбар'єрними.
            Section: Завдання і заходи
            Item: під'єднати ЦНАП до Єдиного державного веб-порталу електронних послуг;
            Item: оприлюднювати набори відкритих даних громади;
            Item: навчити службовців громади цифровим навичкам;
            Section: Очікувані результати
            Paragraph: Частка послуг, отриманих онлайн, зростає щороку.
            Section: Фінансування
            Paragraph: Програма фінансується з бюджету {{community}} та інших джерел, не заборонених законодавством.
            """,
        ], ["280/97-вр", "5203-17", "1689-20", "649-2017-р"]),
        ("Типова програма інформатизації області", "Обласна програма за Законом «Про Національну програму інформатизації».", DraftKind.Programme, MethodologyLevel.Regional,
        [
            """
            Title: Програма інформатизації {{region}} на {{yearFrom}}–{{yearTo}} роки
            Section: Загальні положення
            Paragraph: Програма є складовою Національної програми інформатизації.
            Section: Завдання програми
            Item: розвиток обласних інформаційно-комунікаційних систем;
            Item: захист інформації в системах органів влади області;
            Section: Виконавці й фінансування
            Paragraph: Головний виконавець — {{body}}.
            """,
        ], ["2807-20", "80/94-вр", "649-2017-р"]),
        ("Типове положення про набори відкритих даних громади", "Перелік і порядок оприлюднення наборів даних розпорядником.", DraftKind.Order, MethodologyLevel.Community,
        [
            """
            Title: Положення про набори відкритих даних {{community}}
            Preamble: Відповідно до Закону України «Про доступ до публічної інформації» та постанови Кабінету Міністрів України від 21 жовтня 2015 р. № 835 НАКАЗУЮ:
            Part: Затвердити перелік наборів даних, що оприлюднюються у формі відкритих даних.
            Part: Визначити відповідальних за оприлюднення та оновлення наборів даних.
            Part: Контроль за виконанням цього наказу залишаю за собою.
            """,
        ], ["2939-17", "835-2015-п"]),
        (FlaggedTemplateTitle, "Порядок роботи з електронними документами й підписами в раді громади.", DraftKind.Order, MethodologyLevel.Community,
        [
            """
            Title: Про запровадження електронного документообігу в {{body}}
            Preamble: Відповідно до законів України «Про електронні документи та електронний документообіг» і «Про електронний цифровий підпис» НАКАЗУЮ:
            Part: Запровадити електронний документообіг з {{date}}.
            Part: Забезпечити працівників засобами електронного цифрового підпису.
            Part: Контроль за виконанням цього наказу залишаю за собою.
            """,
        ], ["851-15", MethodologyDemoActs.DigitalSignature]),
        ("Типовий порядок надання електронних послуг у ЦНАП", "Порядок для центру надання адміністративних послуг громади.", DraftKind.Order, MethodologyLevel.Community,
        [
            """
            Title: Порядок надання електронних послуг у ЦНАП {{community}}
            Section: Загальні положення
            Paragraph: Порядок визначає надання адміністративних послуг в електронній формі через Єдиний державний веб-портал електронних послуг.
            Section: Прийом заяв
            Item: заяви приймаються через портал електронних послуг;
            Item: результат надається в електронній формі, якщо заявник не просить інакше;
            Section: Прикінцеві положення
            Paragraph: Порядок набирає чинності з {{date}}.
            """,
        ], ["5203-17", "1689-20", "1137-2019-п"]),
        ("Типова стратегія цифрової трансформації області", "Стратегічні цілі, операційні цілі та індикатори.", DraftKind.Programme, MethodologyLevel.Regional,
        [
            """
            Title: Стратегія цифрової трансформації {{region}} до {{yearTo}} року
            Section: Аналіз стану
            Paragraph: Стан цифрової інфраструктури, послуг і навичок в області.
            Section: Стратегічні цілі
            Item: цифрова інфраструктура для кожної громади;
            Item: електронні послуги для мешканців і бізнесу;
            Item: цифрові навички службовців;
            Section: Моніторинг
            Paragraph: {{body}} щороку звітує про досягнення індикаторів.
            """,
        ], ["67-2018-р", "649-2017-р", "1667-20"]),
        ("Типовий закон про внесення змін щодо публічних електронних реєстрів", "Структура законопроєкту про зміни до галузевого закону.", DraftKind.Law, MethodologyLevel.National,
        [
            """
            Title: Про внесення змін до деяких законів України щодо функціонування публічних електронних реєстрів
            Section: Зміни до законів
            Article: Внесення змін
            Part: Внести до законів України зміни, що забезпечують взаємодію реєстрів відповідно до Закону України «Про публічні електронні реєстри».
            FinalProvisions: Прикінцеві положення
            Part: Цей Закон набирає чинності з дня, наступного за днем його опублікування.
            """,
        ], ["1907-20", "2297-17"]),
    ];

    private static readonly (ExampleKind Kind, string Title, string Summary, MethodologyLevel Level, string? Region, string? Community, int Year, string Topic, string[] Cites)[] Examples =
    [
        (ExampleKind.Method, "Методичні рекомендації з розроблення програм цифрового розвитку громад", "Демонстраційний приклад: як поставити цілі, обрати показники й узгодити програму з Концепцією розвитку електронного урядування.",
            MethodologyLevel.National, null, null, 2023, "програми", ["649-2017-р", "280/97-вр"]),
        (ExampleKind.Method, "Методика оцінювання доступності електронних послуг", "Демонстраційний приклад: критерії доступності послуг на порталі та в ЦНАП.",
            MethodologyLevel.National, null, null, 2022, "електронні послуги", ["1689-20", "5203-17"]),
        (ExampleKind.Method, "Рекомендації з оприлюднення відкритих даних розпорядниками", "Демонстраційний приклад: паспорт набору, формати, частота оновлення.",
            MethodologyLevel.National, null, null, 2021, "відкриті дані", ["835-2015-п", "2939-17"]),
        (ExampleKind.Strategy, "Приклад стратегії цифрової трансформації Львівської області", "Демонстраційний приклад обласної стратегії з цілями й індикаторами.",
            MethodologyLevel.Regional, Lviv, null, 2021, "стратегії", ["67-2018-р", "649-2017-р"]),
        (ExampleKind.Programme, "Приклад програми інформатизації Вінницької області", "Демонстраційний приклад обласної програми інформатизації.",
            MethodologyLevel.Regional, Vinnytsia, null, 2023, "інформатизація", ["2807-20"]),
        (ExampleKind.Programme, "Приклад обласної програми розвитку ЦНАП Київської області", "Демонстраційний приклад програми мережі ЦНАП області.",
            MethodologyLevel.Regional, KyivOblast, null, 2022, "електронні послуги", ["5203-17", "1137-2019-п"]),
        (ExampleKind.Programme, "Приклад програми цифрового розвитку Куликівської громади", "Демонстраційний приклад програми громади на три роки.",
            MethodologyLevel.Community, Lviv, Kulykivska, 2024, "програми", ["280/97-вр", "5203-17", "1689-20"]),
        (ExampleKind.Programme, "Приклад програми відкритих даних Куликівської громади", "Демонстраційний приклад програми оприлюднення наборів даних громади.",
            MethodologyLevel.Community, Lviv, Kulykivska, 2023, "відкриті дані", ["835-2015-п"]),
        (ExampleKind.Programme, "Приклад програми «Цифрова столиця» міста Києва", "Демонстраційний приклад міської програми електронних послуг і відкритих даних.",
            MethodologyLevel.Community, KyivCity, KyivCity, 2022, "електронні послуги", ["1689-20", "2939-17"]),
        (ExampleKind.Strategy, "Приклад стратегії розвитку електронної демократії міста Києва", "Демонстраційний приклад: петиції, бюджет участі, консультації.",
            MethodologyLevel.Community, KyivCity, KyivCity, 2020, "е-демократія", ["393/96-вр", "2939-17"]),
        (ExampleKind.Programme, "Приклад програми кіберзахисту інформаційних систем громади", "Демонстраційний приклад програми захисту інформації у системах громади.",
            MethodologyLevel.Community, Vinnytsia, null, 2024, "кібербезпека", ["2163-19", "80/94-вр"]),
        (ExampleKind.Strategy, "Приклад стратегії розвитку електронного документообігу Київської області", "Демонстраційний приклад переходу органів області на електронний документообіг.",
            MethodologyLevel.Regional, KyivOblast, null, 2019, "документообіг", ["851-15", "55-2018-п"]),
    ];
}
