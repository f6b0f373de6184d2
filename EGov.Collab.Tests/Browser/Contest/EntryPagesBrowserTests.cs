using EGov.Collab.App.Contest;
using EGov.Collab.App.Documents;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Contest;

/// <summary>Issue #22.8 and #22.9: public entry pages linked from the nomination, 404 for the rest, the whole entry for judges, a winners' gallery.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class EntryPagesBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Visitor_OpensAnEntryFromItsNomination_AndReadsTheWholeEntryWithoutContacts()
    {
        var (nominationId, _) = await EntryAsync(ContestDemoData.LvivEntry);
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"/contest/nominations/{nominationId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator($"[data-entry-card='{ContestDemoData.LvivEntry}'] [data-testid=entry-link]").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync(ContestDemoData.LvivEntry);
        foreach (var field in new[] { "community", "description", "results", "costs", "replication" })
            await Assertions.Expect(page.Locator($"[data-field={field}]")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("[data-field=contacts]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=contacts-hidden]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EntryPage_NotScreenedOrUnknown_Answers404()
    {
        var unscreened = await UnscreenedEntryAsync();
        var page = await browser.NewPageAsync();

        foreach (var id in new[] { unscreened, Guid.NewGuid() })
        {
            var response = await page.GotoAsync($"/contest/entries/{id}");
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.Locator("[data-testid=entry-not-found]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid=entry-view]")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Expert_ReviewPage_ShowsTheWholeEntry_ContactsHiddenInBlindMode()
    {
        var (_, entryId) = await EntryAsync(ContestDemoData.LvivEntry);
        await using var context = await browser.NewContextAsync();
        var expert = await PortalBrowser.SignInAsync(context, "expert1@demo.egov.ua");

        await expert.GotoAsync($"/contest/entries/{entryId}/review");
        await PortalBrowser.WaitForCircuitAsync(expert);

        await Assertions.Expect(expert.Locator("[data-testid=review-entry-title]")).ToHaveTextAsync(ContestDemoData.LvivEntry);
        foreach (var field in new[] { "community", "description", "results", "costs", "replication" })
            await Assertions.Expect(expert.Locator($"[data-field={field}]")).Not.ToBeEmptyAsync();
        await Assertions.Expect(expert.Locator("[data-testid=contacts-hidden]")).ToBeVisibleAsync();
        await Assertions.Expect(expert.Locator("#review-strengths")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Juror_ScoreForm_ShowsTheWholeEntry()
    {
        var (_, entryId) = await EntryAsync(ContestDemoData.KulykivEntry);
        await using var context = await browser.NewContextAsync();
        var juror = await PortalBrowser.SignInAsync(context, "juror3@demo.egov.ua");

        await juror.GotoAsync($"/contest/entries/{entryId}/score");
        await PortalBrowser.WaitForCircuitAsync(juror);

        foreach (var field in new[] { "community", "description", "results", "costs", "replication" })
            await Assertions.Expect(juror.Locator($"[data-testid=entry-view] [data-field={field}]")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task Juror_SeesTheAttachmentAsAnInlinePdf_AndContactsOnlyWhenBlindModeIsOff()
    {
        const string contacts = "Олена Петренко, +380 44 000 00 00";
        var (nominationId, entryId) = await EntryWithAPdfAsync(contacts);
        await SetBlindModeAsync(nominationId, false);
        await using var context = await browser.NewContextAsync();
        var juror = await PortalBrowser.SignInAsync(context, "juror3@demo.egov.ua");

        await juror.GotoAsync($"/contest/entries/{entryId}/score");
        await PortalBrowser.WaitForCircuitAsync(juror);
        var view = juror.Locator("[data-testid=entry-view]");
        await Assertions.Expect(view.Locator("[data-field=contacts]")).ToHaveTextAsync(contacts);
        await Assertions.Expect(view.Locator("[data-testid=contacts-hidden]")).ToHaveCountAsync(0);
        var link = view.Locator("[data-attachment='plan.pdf'] [data-action=view-attachment]");
        await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");
        var href = await link.GetAttributeAsync("href");
        Assert.EndsWith("?inline=true", href, StringComparison.Ordinal);
        var pdf = await context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("inline", pdf.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains("План впровадження", string.Join(' ', PdfReading.PageTexts(await pdf.BodyAsync())), StringComparison.Ordinal);

        await SetBlindModeAsync(nominationId, true);
        await juror.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(juror);
        await Assertions.Expect(view.Locator("[data-testid=contacts-hidden]")).ToBeVisibleAsync();
        await Assertions.Expect(view.Locator("[data-field=contacts]")).ToHaveCountAsync(0);
        await Assertions.Expect(juror.GetByText(contacts)).ToHaveCountAsync(0);
        await Assertions.Expect(view.Locator("[data-attachment='plan.pdf'] [data-action=view-attachment]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WinnersGallery_AfterPublication_LinksTheWinnersPage()
    {
        var winner = await PublishedWinnerAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/contest/winners");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator($"[data-winner='{winner}'] a").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync(winner);
        await Assertions.Expect(page.Locator("[data-testid=entry-place]")).ToContainTextAsync("1");
    }

    private CollabDbContext Db() => browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    private async Task<(Guid NominationId, Guid EntryId)> EntryAsync(string title)
    {
        await using var db = Db();
        var entry = await db.ContestEntries.SingleAsync(e => e.Title == title);
        return (entry.NominationId, entry.Id);
    }

    /// <summary>A nomination of this test's own in jury scoring (juror3 on its panel) with one eligible entry carrying a PDF attachment.</summary>
    private async Task<(Guid NominationId, Guid EntryId)> EntryWithAPdfAsync(string contacts)
    {
        var now = DateTimeOffset.UtcNow;
        Nomination nomination;
        Guid applicant;
        Entry entry;
        await using (var db = Db())
        {
            var edition = await db.ContestEditions.OrderByDescending(e => e.Year).FirstAsync();
            nomination = Nomination.Create(edition.Id, $"Додатки {Guid.NewGuid():N}", "", 97,
                new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-5), now.AddDays(10), now.AddDays(20)), now).Value;
            db.ContestNominations.Add(nomination);
            db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
            applicant = await db.Users.Where(u => u.Email == "member2@demo.egov.ua").Select(u => u.Id).SingleAsync();
            var community = await db.Communities.Select(c => c.Id).FirstAsync();
            entry = Entry.Draft(applicant, null, new EntryForm(nomination.Id, $"З додатком {Guid.NewGuid():N}", community, "О", "Р", "В", "Я", contacts), now).Value;
            db.ContestEntries.Add(entry);
            var juror3 = await db.Users.Where(u => u.Email == "juror3@demo.egov.ua").Select(u => u.Id).SingleAsync();
            db.ContestPanel.Add(PanelMember.Create(nomination.Id, juror3, null, null));
            await db.SaveChangesAsync();
        }
        var pdf = new PdfDocumentBuilder().Title("План впровадження").Paragraph($"План впровадження {Guid.NewGuid():N}").Build();
        using (var content = new MemoryStream(pdf))
        {
            var attached = await browser.Services.GetRequiredService<ContestRegistration>()
                .AttachAsync(PortalForms.PrincipalOf(applicant), entry.Id, "plan.pdf", pdf.Length, content);
            Assert.True(attached.IsSuccess, attached.Error?.Code);
        }
        await using (var db = Db())
        {
            var stored = await db.ContestEntries.SingleAsync(e => e.Id == entry.Id);
            stored.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
            stored.Screen(true, null, now);
            await db.SaveChangesAsync();
        }
        return (nomination.Id, entry.Id);
    }

    private async Task SetBlindModeAsync(Guid nominationId, bool blind)
    {
        await using var db = Db();
        var nomination = await db.ContestNominations.SingleAsync(n => n.Id == nominationId);
        Assert.True(nomination.Configure(blind, nomination.Aggregation, nomination.DisagreementThreshold, nomination.VotesPerMember, nomination.JuryWeight).IsSuccess);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> UnscreenedEntryAsync()
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var nominationId = await db.ContestNominations.Where(n => n.Title == ContestDemoData.OpenDataNomination).Select(n => n.Id).SingleAsync();
        var applicant = await db.Users.Where(u => u.Email == "member1@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var entry = Entry.Draft(applicant, null, new EntryForm(nominationId, $"Неперевірена {Guid.NewGuid():N}", community, "О", "Р", "В", "Я", "к"), now).Value;
        entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
        db.ContestEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    private async Task<string> PublishedWinnerAsync()
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.FirstAsync();
        var nomination = Nomination.Create(edition.Id, $"Галерея {Guid.NewGuid():N}", "", 98,
            new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-20), now.AddDays(-10), now.AddDays(-1)), now).Value;
        var chair = await db.Users.Where(u => u.Email == "chair@demo.egov.ua").Select(u => u.Id).SingleAsync();
        nomination.LockScoring(now);
        nomination.ApproveResults(chair, now);
        nomination.PublishResults(now);
        db.ContestNominations.Add(nomination);
        var applicant = await db.Users.Where(u => u.Email == "member2@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var title = $"Переможниця {Guid.NewGuid():N}";
        var entry = Entry.Draft(applicant, null, new EntryForm(nomination.Id, title, community, "О", "Р", "В", "Я", "к"), now).Value;
        entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
        entry.Screen(true, null, now);
        entry.SetPlace(1);
        db.ContestEntries.Add(entry);
        await db.SaveChangesAsync();
        return title;
    }
}
