using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Browser.Security;

public sealed partial class XssCorpusBrowserTests
{
    [Fact]
    public async Task AllPayloads_InTheContest_DoNotRun() =>
        await AssertNothingRunsAsync(await ContestSurfaces(AllPayloads));

    /// <summary>
    /// A nomination of its own, its results published, with the payload in its title and description, its criteria, its
    /// form's extra fields (labels and choices) and the one entry's fields and answers, two jurors' submitted comments
    /// and expert1's review; stored as the contest's demo data stores them (the services would need each phase in turn).
    /// The chair reads every page; juror1 and expert1 read their own score and review pages.
    /// </summary>
    private async Task<IReadOnlyList<Visit>> ContestSurfaces(string payload)
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var members = await db.Users.Where(u => u.Email!.EndsWith("@" + DemoData.EmailDomain))
            .ToDictionaryAsync(u => u.Email!.Split('@')[0], u => u.Id);
        var edition = await db.ContestEditions.OrderByDescending(e => e.Year).FirstAsync();
        var schedule = new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-20), now.AddDays(-10), now.AddDays(-1));
        var nomination = Nomination.Create(edition.Id, Short("Номінація " + payload), "Опис " + payload, 95, schedule, now).Value;
        db.ContestNominations.Add(nomination);
        var criteria = new[]
        {
            Criterion.Create(nomination.Id, Short("Критерій " + payload), "Пояснення " + payload, 60, 0, 10, 1).Value,
            Criterion.Create(nomination.Id, "Вплив", payload, 40, 0, 10, 2).Value,
        };
        db.ContestCriteria.AddRange(criteria);
        var choice = EntryField.Create(nomination.Id, Short("Вибір " + payload), Short("Choice " + payload), EntryFieldKind.Choice, false, Short("Варіант " + payload) + "\nІнший", 1).Value;
        var text = EntryField.Create(nomination.Id, Short("Поле " + payload), Short("Field " + payload), EntryFieldKind.LongText, false, null, 2).Value;
        db.ContestEntryFields.AddRange(choice, text);

        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
        var entry = Entry.Draft(members["member2"], organisation, new EntryForm(nomination.Id, Short("Заявка " + payload), community,
            "Опис " + payload, "Результати " + payload, "Витрати " + payload, "Повторення " + payload, Medium("Контакти " + payload)), now.AddDays(-35)).Value;
        Ok(entry.Submit(schedule, ContestPhase.Registration, now.AddDays(-35)));
        Ok(entry.Screen(true, null, now.AddDays(-33)));
        entry.SetPlace(1);
        db.ContestEntries.Add(entry);
        db.ContestEntryAnswers.Add(EntryAnswer.Create(entry.Id, choice.Id, new AnswerInput(Short("Варіант " + payload))));
        db.ContestEntryAnswers.Add(EntryAnswer.Create(entry.Id, text.Id, new AnswerInput("Відповідь " + payload)));

        var terms = new ScoringTerms(ContestPhase.JuryScoring, false, criteria.Select(c => c.Spec).ToList());
        foreach (var juror in new[] { "juror1", "juror2" })
        {
            db.ContestPanel.Add(PanelMember.Create(nomination.Id, members[juror], null, null));
            var sheet = ScoreSheet.Create(entry.Id, members[juror], now.AddDays(-15));
            var written = sheet.Submit(new SheetJuror(members[juror], true, null, terms, true),
                new SheetValues(criteria.ToDictionary(c => c.Id, _ => 7.0), "Коментар " + payload, true), now.AddDays(-15));
            Ok(written);
            foreach (var change in written.Value) db.ContestScores.Add(change.Row);
            db.ContestSheets.Add(sheet);
        }
        var review = ExpertReview.Create(entry.Id, members["expert1"], now.AddDays(-25));
        Ok(review.Update("Сильні " + payload, "Слабкі " + payload, ExpertRecommendation.RecommendWithReservations, now.AddDays(-25)));
        db.ContestReviews.Add(review);

        Ok(nomination.LockScoring(now.AddDays(-2)));
        Ok(nomination.ApproveResults(members["chair"], now.AddDays(-2)));
        Ok(nomination.PublishResults(now.AddDays(-1)));
        await db.SaveChangesAsync();

        return
        [
            new("chair", $"/contest/entries/{entry.Id}"), new("chair", $"/contest/entries/{entry.Id}/score"),
            new("chair", $"/contest/entries/{entry.Id}/review"), new("chair", $"/contest/nominations/{nomination.Id}"),
            new("chair", $"/contest/nominations/{nomination.Id}/dashboard"), new("chair", $"/contest/nominations/{nomination.Id}/form"),
            new("chair", $"/contest/nominations/{nomination.Id}/assignments"), new("chair", "/contest/winners"), new("chair", "/contest"),
            new("juror1", $"/contest/entries/{entry.Id}/score"), new("juror1", "/contest/jury"),
            new("expert1", $"/contest/entries/{entry.Id}/review"),
        ];
    }
}
