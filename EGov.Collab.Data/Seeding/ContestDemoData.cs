using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The contest's demo: this year's edition with two nominations in jury scoring (three entries each, juror1–3 on
/// the panel, juror2 of Вінницька міська рада conflicted on Vinnytsia's entry, some scores given) and a third
/// nomination whose public vote is open. Idempotent: nothing is added once an edition exists.
/// </summary>
public sealed class ContestDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string ServicesNomination = "Цифрові послуги для громад";
    public const string OpenDataNomination = "Відкриті дані та прозорість";
    public const string ParticipationNomination = "Е-демократія та участь";
    public const string VinnytsiaEntry = "Вінниця: єдиний кабінет мешканця";
    public const string LvivEntry = "Львів: ЦНАП у смартфоні";
    public const string KulykivEntry = "Куликів: електронна черга до ЦНАП";

    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ContestEditions.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var communities = await db.Communities.ToDictionaryAsync(c => c.NameUk, c => c.Id, cancellationToken);
        var members = await db.Users.Where(u => u.Email!.EndsWith("@" + DemoData.EmailDomain))
            .ToDictionaryAsync(u => u.Email!.Split('@')[0], u => (u.Id, u.OrganisationId), cancellationToken);

        var edition = ContestEdition.Create(PortalYear(now), $"Національний конкурс кращих практик е-урядування {PortalYear(now)}", now).Value;
        db.ContestEditions.Add(edition);

        var jury = new PhaseSchedule(now.AddDays(-60), now.AddDays(-30), now.AddDays(-5), now.AddDays(10), now.AddDays(20));
        var voting = new PhaseSchedule(now.AddDays(-60), now.AddDays(-40), now.AddDays(-20), now.AddDays(-2), now.AddDays(12));
        var services = Nomination.Create(edition.Id, ServicesNomination, "Електронні послуги, ЦНАП онлайн, кабінети мешканців.", 1, jury, now).Value;
        var openData = Nomination.Create(edition.Id, OpenDataNomination, "Публікація та використання відкритих даних, прозорі бюджети.", 2, jury, now).Value;
        var participation = Nomination.Create(edition.Id, ParticipationNomination, "Е-петиції, бюджети участі, онлайн-консультації.", 3, voting, now).Value;
        db.ContestNominations.AddRange(services, openData, participation);

        var servicesCriteria = AddCriteria(services.Id,
            ("Інноваційність", "Новизна підходу для України.", 40),
            ("Вплив на мешканців", "Скільки людей і як саме отримали користь.", 35),
            ("Відтворюваність", "Чи може інша громада повторити практику.", 25));
        var openDataCriteria = AddCriteria(openData.Id,
            ("Якість даних", "Повнота, актуальність, машиночитність.", 50),
            ("Використання", "Сервіси та рішення на основі даних.", 30),
            ("Відтворюваність", "Чи може інша громада повторити практику.", 20));
        AddCriteria(participation.Id,
            ("Залученість", "Скільки мешканців узяли участь.", 60),
            ("Відтворюваність", "Чи може інша громада повторити практику.", 40));

        var vinnytsia = AddEntry(services, "member2", organisations["Вінницька міська рада"], communities["Вінницька область"], VinnytsiaEntry, now.AddDays(-50));
        var lviv = AddEntry(services, "member1", organisations["Львівська міська рада"], communities["Львівська область"], LvivEntry, now.AddDays(-49));
        AddEntry(services, "respondent", organisations["Куликівська селищна рада"], communities["Куликівська селищна територіальна громада"], KulykivEntry, now.AddDays(-48));
        var kyivData = AddEntry(openData, "member2", organisations["Громадська організація «Відкрите місто»"], communities["Київ"], "Київ: відкритий бюджет міста", now.AddDays(-47));
        var ministryData = AddEntry(openData, "contributor", organisations["Міністерство цифрової трансформації України"], communities["Київська область"], "Портал відкритих даних громад", now.AddDays(-46));
        AddEntry(openData, "member1", organisations["Львівська міська рада"], communities["Львівська область"], "Львів: реєстр міського майна онлайн", now.AddDays(-45));
        var petitions = AddEntry(participation, "member2", organisations["Громадська організація «Відкрите місто»"], communities["Київ"], "Е-петиції за 5 хвилин", now.AddDays(-55));
        AddEntry(participation, "learner", organisations["Куликівська селищна рада"], communities["Куликівська селищна територіальна громада"], "Бюджет участі малої громади", now.AddDays(-54));
        AddEntry(participation, "member1", organisations["Львівська міська рада"], communities["Львівська область"], "Онлайн-консультації щодо генплану", now.AddDays(-53));

        foreach (var nomination in new[] { services, openData })
        {
            foreach (var juror in new[] { "juror1", "juror2", "juror3" })
                db.ContestPanel.Add(PanelMember.Create(nomination.Id, members[juror].Id, members[juror].OrganisationId, null));
        }

        Score(servicesCriteria, vinnytsia, "juror1", [8, 7, 9], submit: true);
        Score(servicesCriteria, lviv, "juror1", [7, 9, 8], submit: true);
        Score(servicesCriteria, vinnytsia, "juror3", [9, 8, 7], submit: true);
        Score(servicesCriteria, lviv, "juror3", [6, 8, 9], submit: false);
        Score(openDataCriteria, kyivData, "juror1", [9, 8, 6], submit: true);
        Score(openDataCriteria, kyivData, "juror2", [5, 6, 7], submit: true);
        Score(openDataCriteria, ministryData, "juror2", [8, 9, 9], submit: true);

        var expert = members["expert1"].Id;
        var review = ExpertReview.Create(lviv.Id, expert, now.AddDays(-10));
        review.Update("Зручний мобільний застосунок, 40 послуг онлайн.", "Немає даних про витрати на підтримку.", ExpertRecommendation.Recommend, now.AddDays(-10));
        db.ContestReviews.Add(review);

        foreach (var voter in new[] { "member1", "trainer", "editor" })
            db.ContestVotes.Add(PublicVote.Cast(participation.Id, petitions.Id, members[voter].Id, "198.51.100.7", now.AddDays(-1)));

        await db.SaveChangesAsync(cancellationToken);

        List<Criterion> AddCriteria(Guid nominationId, params (string Name, string Description, int Weight)[] criteria)
        {
            var list = criteria.Select((c, i) => Criterion.Create(nominationId, c.Name, c.Description, c.Weight, 0, 10, i + 1).Value).ToList();
            db.ContestCriteria.AddRange(list);
            return list;
        }

        Entry AddEntry(Nomination nomination, string applicant, Guid organisationId, Guid communityId, string title, DateTimeOffset submittedAt)
        {
            var form = new EntryForm(nomination.Id, title, communityId,
                $"{title}: опис практики, як вона працює і кому допомагає.",
                "Скорочено час отримання послуг; зросла задоволеність мешканців.",
                "Близько 1,2 млн грн з місцевого бюджету.",
                "Відкритий код і покрокова інструкція для інших громад.",
                "contest@demo.egov.ua, +380 44 000 00 00");
            var entry = Entry.Draft(members[applicant].Id, organisationId, form, submittedAt).Value;
            entry.Submit(nomination.Schedule, ContestPhase.Registration, submittedAt);
            entry.Screen(true, null, submittedAt.AddDays(3));
            db.ContestEntries.Add(entry);
            return entry;
        }

        void Score(List<Criterion> criteria, Entry entry, string juror, double[] values, bool submit)
        {
            var jurorId = members[juror].Id;
            var at = now.AddDays(-2);
            var sheet = ScoreSheet.Create(entry.Id, jurorId, at);
            // Written as the juror wrote it during the scoring phase, through the sheet's own rules.
            var terms = new ScoringTerms(ContestPhase.JuryScoring, false, criteria.Select(c => c.Spec).ToList());
            var written = sheet.Submit(new SheetJuror(jurorId, true, null, terms, true),
                new SheetValues(criteria.Select((c, i) => (c.Id, values[i])).ToDictionary(), "", submit), at);
            foreach (var change in written.Value) db.ContestScores.Add(change.Row);
            db.ContestSheets.Add(sheet);
        }
    }

    private static int PortalYear(DateTimeOffset now) => now.Year;
}
