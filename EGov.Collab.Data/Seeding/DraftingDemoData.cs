using System.Collections.Immutable;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The drafting module's demo: a working group (chair, member1, member2, expert1) drafting a law with comments and an
/// open amendment, and a regional programme open to public consultation. The texts are in <see cref="Texts"/>; the
/// App starts their operation logs (the log lives behind IDraftEditing, which Data cannot call).
/// </summary>
public sealed class DraftingDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string LawTitle = "Про електронне урядування";
    public const string ProgrammeTitle = "Програма цифрового розвитку Вінницької області на 2026–2028 роки";
    public const string GroupName = "Міжрегіональна робоча група з розроблення закону про електронне урядування";
    public const string ProgrammeGroupName = "Робоча група з цифрового розвитку Вінниччини";

    private static readonly Guid ArticleOneId = Guid.Parse("0194a000-0000-7000-8000-000000000004");
    private static readonly Guid DefinitionId = Guid.Parse("0194a000-0000-7000-8000-000000000006");
    private static readonly Guid ScopeId = Guid.Parse("0194a000-0000-7000-8000-000000000009");

    /// <summary>Each demo draft's first text, by title.</summary>
    public static readonly IReadOnlyDictionary<string, DraftDocument> Texts = new Dictionary<string, DraftDocument>
    {
        [LawTitle] = Document(1,
            (ProvisionKind.Title, "Закон України «Про електронне урядування»"),
            (ProvisionKind.Preamble, "Цей Закон визначає правові та організаційні засади електронного урядування в Україні."),
            (ProvisionKind.Section, "Загальні положення"),
            (ProvisionKind.Article, "Визначення термінів"),
            (ProvisionKind.Part, "У цьому Законі наведені нижче терміни вживаються в такому значенні:"),
            (ProvisionKind.Item, "електронне урядування — форма організації державного управління на основі інформаційно-комунікаційних технологій;"),
            (ProvisionKind.Item, "електронна послуга — адміністративна послуга, що надається через портал без відвідування органу;"),
            (ProvisionKind.Article, "Сфера дії Закону"),
            (ProvisionKind.Part, "Дія цього Закону поширюється на органи виконавчої влади та органи місцевого самоврядування."),
            (ProvisionKind.Part, "Цей Закон не регулює відносин, пов'язаних з охороною державної таємниці."),
            (ProvisionKind.Section, "Засади електронного урядування"),
            (ProvisionKind.Article, "Принципи електронного урядування"),
            (ProvisionKind.Part, "Електронне урядування ґрунтується на принципах відкритості, доступності та «цифрового за замовчуванням»."),
            (ProvisionKind.Article, "Міжрегіональна співпраця"),
            (ProvisionKind.Part, "Органи місцевого самоврядування співпрацюють у розвитку електронних послуг через спільні робочі групи."),
            (ProvisionKind.FinalProvisions, "Прикінцеві положення"),
            (ProvisionKind.Part, "Цей Закон набирає чинності з дня, наступного за днем його опублікування.")),
        [ProgrammeTitle] = Document(2,
            (ProvisionKind.Title, ProgrammeTitle),
            (ProvisionKind.Section, "Мета програми"),
            (ProvisionKind.Paragraph, "Зробити всі адміністративні послуги області доступними онлайн до кінця 2028 року."),
            (ProvisionKind.Section, "Завдання і заходи"),
            (ProvisionKind.Item, "під'єднати всі ЦНАП області до єдиного порталу електронних послуг;"),
            (ProvisionKind.Item, "навчити 500 службовців громад цифровим навичкам;"),
            (ProvisionKind.Item, "запровадити відкриті дані бюджетів громад."),
            (ProvisionKind.Section, "Очікувані результати"),
            (ProvisionKind.Paragraph, "Частка послуг, отриманих онлайн, становитиме не менше 60 %.")),
    };

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Drafts.AnyAsync(d => d.Title == LawTitle, cancellationToken)) return;
        var now = clock.GetUtcNow();
        var people = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@" + DemoData.EmailDomain))
            .ToDictionaryAsync(u => u.Email!.Split('@')[0], u => u.Id, cancellationToken);
        if (!people.TryGetValue("chair", out var chair)) return;

        var group = WorkingGroup.Create(GroupName,
            "Представники громад, центральних органів, громадськості та науки готують проєкт закону.",
            GroupVisibility.MembersOnly, chair, now).Value;
        foreach (var name in new[] { "member1", "member2", "expert1" })
            group.AddMember(chair, people[name], now);
        db.WorkingGroups.Add(group);
        var law = Draft.Create(group.Id, DraftKind.Law, LawTitle, chair, now).Value;
        db.Drafts.Add(law);

        var lawText = Texts[LawTitle];
        var definition = lawText.Find(DefinitionId)!;
        db.DraftComments.Add(DraftComment.Create(law.Id, people["expert1"], "Варто узгодити це визначення з Законом «Про електронні документи».",
            DefinitionId, definition.Text, 0, "електронне урядування".Length, 0, false, now).Value);
        var scope = lawText.Find(ScopeId)!;
        var question = DraftComment.Create(law.Id, people["member1"], "Чи поширюється дія закону на комунальні підприємства?",
            ScopeId, scope.Text, scope.Text.IndexOf("органи місцевого", StringComparison.Ordinal), scope.Text.Length - 1, 0, false, now).Value;
        db.DraftComments.Add(question);
        db.DraftComments.Add(question.Reply(people["chair"], "Пропоную обговорити це на засіданні групи.", now).Value);
        var article = lawText.Find(ArticleOneId)!;
        db.DraftComments.Add(DraftComment.Create(law.Id, people["member2"], "Назву статті можна скоротити.",
            ArticleOneId, article.Text, 0, article.Text.Length, 0, false, now).Value);

        var amendment = Amendment.Propose(law.Id, people["member2"], AmendmentKind.Replace, scope,
            "Дія цього Закону поширюється на органи виконавчої влади, органи місцевого самоврядування та комунальні підприємства.",
            null, "Комунальні підприємства надають значну частку послуг громадянам.", 0, false, now).Value;
        amendment.Respond(people["member1"], Stance.Support, null, now);
        amendment.Respond(people["expert1"], Stance.Comment, "Потрібно оцінити навантаження на малі громади.", now);
        db.Amendments.Add(amendment);

        var programmeGroup = WorkingGroup.Create(ProgrammeGroupName,
            "Обласна адміністрація, громади та громадські організації готують програму цифрового розвитку.",
            GroupVisibility.OpenToConsultation, chair, now).Value;
        programmeGroup.AddMember(chair, people["member1"], now);
        db.WorkingGroups.Add(programmeGroup);
        var programme = Draft.Create(programmeGroup.Id, DraftKind.Programme, ProgrammeTitle, chair, now).Value;
        programme.OpenConsultation(0, now.AddDays(30), now);
        db.Drafts.Add(programme);

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A text with stable provision ids (so demo comments and amendments can point at them).</summary>
    private static DraftDocument Document(int draft, params (ProvisionKind Kind, string Text)[] provisions) =>
        new(provisions.Select((p, i) => new Provision(
            Guid.Parse($"0194a000-0000-7000-8000-{draft - 1:D6}{i + 1:D6}"), p.Kind, p.Text)).ToImmutableList());
}
