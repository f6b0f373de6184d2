using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Contest;

/// <summary>Issue #22.12 in the browser: the chair assigns automatically, a juror then sees only their entry; no vote offered on one's own entry.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class AssignmentBrowserTests(PortalBrowser browser)
{
    private CollabDbContext Db() => browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    [Fact]
    public async Task ChairAssignsAutomatically_JurorSeesAndOpensOnlyTheirEntry()
    {
        var (nominationId, title) = await NominationAsync();
        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/contest/nominations/{nominationId}/assignments");
        await PortalBrowser.WaitForCircuitAsync(chair);

        await chair.FillAsync("#assign-per-entry", "1");
        await chair.PressAsync("#assign-per-entry", "Tab");
        await chair.ClickAsync("[data-action=auto-assign]");
        await Assertions.Expect(chair.Locator("[data-testid=assign-message]")).ToBeVisibleAsync();

        await using var db = Db();
        var juror1 = await db.Users.Where(u => u.Email == "juror1@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var assigned = await (from a in db.ContestAssignments
                              where a.NominationId == nominationId && a.ReviewerId == juror1
                              join e in db.ContestEntries on a.EntryId equals e.Id
                              select e.Title).SingleAsync();
        var other = await db.ContestEntries.Where(e => e.NominationId == nominationId && e.Title != assigned).Select(e => e.Id).FirstAsync();
        await Assertions.Expect(chair.Locator($"[data-assignment-entry='{assigned}'] [data-assigned]")).ToHaveCountAsync(1);

        await using var jurorContext = await browser.NewContextAsync();
        var juror = await PortalBrowser.SignInAsync(jurorContext, "juror1@demo.egov.ua");
        await juror.GotoAsync("/contest/jury");
        await PortalBrowser.WaitForCircuitAsync(juror);
        var links = juror.Locator($"[data-panel='{title}'] [data-entry-link]");
        await Assertions.Expect(links).ToHaveCountAsync(1);
        await Assertions.Expect(links).ToHaveAttributeAsync("data-entry-link", assigned);

        await juror.GotoAsync($"/contest/entries/{other}/score");
        await PortalBrowser.WaitForCircuitAsync(juror);
        await Assertions.Expect(juror.Locator("[data-testid=score-refused]")).ToContainTextAsync("призначив");
        await Assertions.Expect(juror.Locator("[data-action=save]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ChairAssignsAnExpertByHand_ExpertListsOnlyThatEntry_ADeclaredConflictIsRefusedWithAMessage()
    {
        var (nominationId, titles) = await ExpertReviewNominationAsync();
        var (assigned, conflicted, unassigned) = (titles[0], titles[1], titles[2]);
        await using var db = Db();
        var expertName = await db.Users.Where(u => u.Email == "expert1@demo.egov.ua").Select(u => u.FullName).SingleAsync();
        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/contest/nominations/{nominationId}/assignments");
        await PortalBrowser.WaitForCircuitAsync(chair);

        await AssignExpertAsync(chair, assigned, expertName);
        await Assertions.Expect(chair.Locator($"[data-assignment-entry='{assigned}'] [data-assigned='{expertName}']")).ToHaveCountAsync(1);
        await Assertions.Expect(chair.Locator("[data-testid=assign-error]")).ToHaveCountAsync(0);

        await AssignExpertAsync(chair, conflicted, expertName);
        await Assertions.Expect(chair.Locator("[data-testid=assign-error]")).ToContainTextAsync("конфлікт інтересів");
        await Assertions.Expect(chair.Locator($"[data-assignment-entry='{conflicted}'] [data-assigned]")).ToHaveCountAsync(0);
        Assert.Equal([assigned], await (from a in db.ContestAssignments
                                        where a.NominationId == nominationId
                                        join e in db.ContestEntries on a.EntryId equals e.Id
                                        select e.Title).ToListAsync());

        await using var expertContext = await browser.NewContextAsync();
        var expert = await PortalBrowser.SignInAsync(expertContext, "expert1@demo.egov.ua");
        await expert.GotoAsync("/contest/jury");
        await PortalBrowser.WaitForCircuitAsync(expert);
        await Assertions.Expect(expert.Locator($"[data-review-link='{assigned}']")).ToBeVisibleAsync();
        await Assertions.Expect(expert.Locator($"[data-review-link='{conflicted}'], [data-review-link='{unassigned}']")).ToHaveCountAsync(0);

        // An entry not assigned to them refuses to open for review, and offers no form to fill in (#22.12, the review page's refusal).
        var other = await db.ContestEntries.Where(e => e.Title == unassigned).Select(e => e.Id).SingleAsync();
        await expert.GotoAsync($"/contest/entries/{other}/review");
        await PortalBrowser.WaitForCircuitAsync(expert);
        await Assertions.Expect(expert.Locator("[data-testid=review-refused]")).ToContainTextAsync("призначив");
        await Assertions.Expect(expert.Locator("[data-testid=review-form], [data-action=save-review], #review-strengths")).ToHaveCountAsync(0);
        await expert.GotoAsync($"/contest/entries/{await db.ContestEntries.Where(e => e.Title == assigned).Select(e => e.Id).SingleAsync()}/review");
        await PortalBrowser.WaitForCircuitAsync(expert);
        await Assertions.Expect(expert.Locator("[data-testid=review-entry-title]")).ToHaveTextAsync(assigned);
        await Assertions.Expect(expert.Locator("[data-action=save-review]")).ToBeVisibleAsync();
    }

    private static async Task AssignExpertAsync(IPage chair, string entryTitle, string expertName)
    {
        var card = chair.Locator($"[data-assignment-entry='{entryTitle}']");
        await card.Locator("[data-testid=pick-Expert]").ClickAsync();
        await chair.GetByRole(AriaRole.Option).Filter(new() { HasText = expertName }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await card.Locator("[data-action=assign-Expert]").ClickAsync();
    }

    [Fact]
    public async Task Applicant_OnTheVotingNomination_IsNotOfferedAVoteForTheirOwnEntry()
    {
        await using var db = Db();
        var nominationId = await db.ContestNominations.Where(n => n.Title == ContestDemoData.ParticipationNomination).Select(n => n.Id).SingleAsync();
        var member1 = await db.Users.Where(u => u.Email == "member1@demo.egov.ua").Select(u => new { u.Id, u.OrganisationId }).SingleAsync();
        var own = await db.ContestEntries.Where(e => e.NominationId == nominationId && e.Status == EntryStatus.Eligible
                && (e.ApplicantId == member1.Id || e.OrganisationId == member1.OrganisationId)).Select(e => e.Title).FirstAsync();
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");

        await page.GotoAsync($"/contest/nominations/{nominationId}");
        await PortalBrowser.WaitForCircuitAsync(page);

        var ownCard = page.Locator($"[data-entry-card='{own}']");
        await Assertions.Expect(ownCard.Locator("[data-testid=own-entry]")).ToBeVisibleAsync();
        await Assertions.Expect(ownCard.Locator("[data-action=vote], [data-action=withdraw]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-entry-card]:not([data-entry-card='" + own + "']) [data-action=vote], [data-entry-card]:not([data-entry-card='" + own + "']) [data-action=withdraw]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=nomination-not-found]")).ToHaveCountAsync(0);
    }

    /// <summary>A nomination of this test's own in expert review: three entries, expert1 declared a conflict on the second.</summary>
    private async Task<(Guid NominationId, string[] Titles)> ExpertReviewNominationAsync()
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.OrderByDescending(e => e.Year).FirstAsync();
        var nomination = Nomination.Create(edition.Id, $"Експертиза {Guid.NewGuid():N}", "", 97,
            new PhaseSchedule(now.AddDays(-40), now.AddDays(-5), now.AddDays(10), now.AddDays(20), now.AddDays(30)), now).Value;
        Assert.Equal(ContestPhase.ExpertReview, nomination.Phase);
        db.ContestNominations.Add(nomination);
        db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
        var applicant = await db.Users.Where(u => u.Email == "member2@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var expert = await db.Users.Where(u => u.Email == "expert1@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var titles = new string[3];
        for (var i = 0; i < 3; i++)
        {
            titles[i] = $"Експертна {i} {Guid.NewGuid():N}";
            var entry = Entry.Draft(applicant, null, new EntryForm(nomination.Id, titles[i], community, "О", "Р", "В", "Я", "к"), now).Value;
            entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
            entry.Screen(true, null, now);
            db.ContestEntries.Add(entry);
            if (i == 1) db.ContestConflicts.Add(ConflictDeclaration.Create(entry.Id, expert, "Консультувала цей проєкт", now));
        }
        await db.SaveChangesAsync();
        return (nomination.Id, titles);
    }

    /// <summary>A nomination of this test's own in jury scoring: three entries, juror1–3 on the panel, nobody conflicted.</summary>
    private async Task<(Guid NominationId, string Title)> NominationAsync()
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.OrderByDescending(e => e.Year).FirstAsync();
        var nomination = Nomination.Create(edition.Id, $"Призначення {Guid.NewGuid():N}", "", 97,
            new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-5), now.AddDays(10), now.AddDays(20)), now).Value;
        db.ContestNominations.Add(nomination);
        db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
        var applicant = await db.Users.Where(u => u.Email == "member2@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        for (var i = 0; i < 3; i++)
        {
            var entry = Entry.Draft(applicant, null, new EntryForm(nomination.Id, $"Заявка {i} {Guid.NewGuid():N}", community, "О", "Р", "В", "Я", "к"), now).Value;
            entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
            entry.Screen(true, null, now);
            db.ContestEntries.Add(entry);
        }
        foreach (var juror in new[] { "juror1", "juror2", "juror3" })
        {
            var id = await db.Users.Where(u => u.Email == $"{juror}@demo.egov.ua").Select(u => u.Id).SingleAsync();
            db.ContestPanel.Add(PanelMember.Create(nomination.Id, id, null, null));
        }
        await db.SaveChangesAsync();
        return (nomination.Id, nomination.Title);
    }
}
