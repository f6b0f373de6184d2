using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The expert club's demo: expert1 and expert2 as approved members, a public room with two topics (one pinned, with a
/// poll) and some history, and a private room for the two of them. Skipped once any room exists.
/// </summary>
public sealed class ExpertClubDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string PublicRoom = "Цифрова трансформація громад";
    public const string PrivateRoom = "Робоча група експертів";
    public const string PinnedTopic = "Правила клубу та знайомство";
    public const string PollTopic = "Єдиний реєстр цифрових послуг громад";
    public const string PollQuestion = "Який формат реєстру послуг підтримуєте?";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ClubRooms.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow();
        var experts = await db.Users.Where(u => u.Email == "expert1@demo.egov.ua" || u.Email == "expert2@demo.egov.ua" || u.Email == "admin@demo.egov.ua")
            .ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        if (experts.Count < 3) return;
        var expert1 = experts["expert1@demo.egov.ua"];
        var expert2 = experts["expert2@demo.egov.ua"];
        var admin = experts["admin@demo.egov.ua"];

        AddMember(expert1, admin, "публічне управління, електронна демократія, цифрові права",
            "Професорка кафедри публічного управління. Досліджує е-демократію та відкриті дані.",
            "- [Е-демократія в громадах: посібник](https://example.org/e-democracy)\n- Відкриті дані для місцевої влади (2024)", now);
        AddMember(expert2, admin, "архітектура інформаційних систем, інтероперабельність, кібербезпека",
            "Архітектор інформаційних систем, працював над реєстрами та обміном даними між ними.", null, now);

        var open = Room.Create(PublicRoom, "Відкрита дискусія про цифрові послуги, дані та е-урядування в громадах.", false, admin, now.AddDays(-10)).Value;
        var closed = Room.Create(PrivateRoom, "Закрита кімната для підготовки експертних висновків.", true, admin, now.AddDays(-10)).Value;
        db.ClubRooms.AddRange(open, closed);
        db.ClubRoomMembers.AddRange(RoomMember.Create(closed.Id, expert1, now), RoomMember.Create(closed.Id, expert2, now));

        var rules = Topic.Create(open.Id, PinnedTopic, admin, now.AddDays(-9)).Value;
        rules.Pin(true);
        var registry = Topic.Create(open.Id, PollTopic, expert1, now.AddDays(-3)).Value;
        var drafts = Topic.Create(closed.Id, "Висновок до проєкту положення про електронні петиції", expert1, now.AddDays(-2)).Value;
        db.ClubTopics.AddRange(rules, registry, drafts);

        Post(rules, admin, "Вітаємо в експертному клубі! Пишіть по суті, посилайтеся на джерела, поважайте колег.", now.AddDays(-9));
        Post(rules, expert1, "Доброго дня! Наталія, займаюся **е-демократією** та відкритими даними.", now.AddDays(-8));
        Post(rules, expert2, "Привіт усім. Богдан, архітектура реєстрів та інтероперабельність.", now.AddDays(-8).AddHours(2));
        var opening = Post(registry, expert1,
            "Пропоную обговорити єдиний реєстр цифрових послуг громад. Чи варто робити його частиною «Дії», чи окремим відкритим набором даних?",
            now.AddDays(-3));
        Post(registry, expert2, "@expert1 я за відкритий набір даних з API: так громади зможуть публікувати послуги самі.", now.AddDays(-3).AddHours(1), opening.Id);
        Post(registry, expert1, "Згодна. Тоді потрібна спільна схема опису послуги — запускаю опитування.", now.AddDays(-3).AddHours(2));
        Post(drafts, expert1, "Чернетка висновку: розділ про верифікацію підписів потребує уточнення.", now.AddDays(-2));
        Post(drafts, expert2, "Додам технічну частину до п'ятниці.", now.AddDays(-2).AddHours(3));

        var poll = Poll.Create(registry.Id, PollQuestion,
            ["Відкритий набір даних з API", "Розділ у застосунку «Дія»", "Обидва варіанти"], false, now.AddDays(14), expert1, now.AddDays(-3).AddHours(2)).Value;
        db.ClubPolls.Add(poll);
        db.ClubPollVotes.Add(PollVote.Create(poll.Id, expert2, poll.Options[0].Id, now.AddDays(-3).AddHours(3)));

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddMember(Guid memberId, Guid approverId, string expertise, string biography, string? publications, DateTimeOffset now)
    {
        var member = ClubMember.Apply(memberId, expertise, biography, publications, now.AddDays(-30)).Value;
        member.Approve(approverId, now.AddDays(-29));
        db.ClubMembers.Add(member);
    }

    private Message Post(Topic topic, Guid authorId, string text, DateTimeOffset at, Guid? parentId = null)
    {
        var message = Message.Post(topic.Id, topic.NextNumber(at).Value, authorId, parentId, text, at).Value;
        db.ClubMessages.Add(message);
        return message;
    }
}
