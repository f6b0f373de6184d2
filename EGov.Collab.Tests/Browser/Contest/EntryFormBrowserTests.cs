using EGov.Collab.App.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Contest;

/// <summary>Issue #22.13 in the browser: the chair adds a required field, the applicant must fill it in (refusals beside it, nothing lost), the judge sees it.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class EntryFormBrowserTests(PortalBrowser browser)
{
    private const string Label = "Кількість користувачів";

    private CollabDbContext Db() => browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    [Fact]
    public async Task ChairAddsARequiredField_ApplicantMustFillIt_JudgeSeesIt()
    {
        var (nominationId, entryId) = await DraftAsync();
        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/contest/nominations/{nominationId}/form");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await chair.ClickAsync("[data-action=add-field]");
        await chair.FillAsync("#field-uk-0", Label);
        await chair.FillAsync("#field-en-0", "Number of users");
        await chair.Locator("[data-testid=field-kind-0]").ClickAsync();
        await chair.GetByRole(AriaRole.Option).Filter(new() { HasText = "Число" }).ClickAsync();
        await chair.GetByLabel("Обов'язкове").CheckAsync();
        await chair.ClickAsync("[data-action=save-form]");
        await Assertions.Expect(chair.Locator("[data-testid=form-saved]")).ToBeVisibleAsync();

        await using var applicantContext = await browser.NewContextAsync();
        var applicant = await PortalBrowser.SignInAsync(applicantContext, "learner@demo.egov.ua");
        await applicant.GotoAsync($"/contest/entries/{entryId}/edit");
        await PortalBrowser.WaitForCircuitAsync(applicant);
        var field = applicant.Locator($"[data-entry-field='{Label}']");
        await applicant.ClickAsync("[data-action=submit-entry]");
        await Assertions.Expect(field).ToContainTextAsync("Це поле обов'язкове");
        await Assertions.Expect(applicant.Locator("[data-testid=register-message]")).ToHaveCountAsync(0);
        // A wrong answer is refused beside its field and stays as typed, to be corrected rather than retyped.
        await field.Locator("input").FillAsync("дванадцять тисяч");
        await applicant.ClickAsync("[data-action=submit-entry]");
        await Assertions.Expect(field).ToContainTextAsync("Введіть число");
        await Assertions.Expect(field.Locator("input")).ToHaveValueAsync("дванадцять тисяч");
        await field.Locator("input").FillAsync("12500");
        await applicant.ClickAsync("[data-action=submit-entry]");
        await Assertions.Expect(applicant.Locator("[data-testid=register-message]")).ToBeVisibleAsync();

        await using var jurorContext = await browser.NewContextAsync();
        var juror = await ScreenedAndOpenedByAJurorAsync(jurorContext, entryId);
        await Assertions.Expect(juror.Locator($"[data-testid=entry-view] [data-answer='{Label}']")).ToContainTextAsync("12500");
    }

    [Fact]
    public async Task ChairAllowsOneAttachment_ApplicantUploadsOne_ASecondIsRefusedWithAMessage()
    {
        var (nominationId, entryId) = await DraftAsync();
        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/contest/nominations/{nominationId}/form");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await Assertions.Expect(chair.GetByLabel("Заявники можуть додавати файли")).ToBeCheckedAsync();
        await chair.FillAsync("#max-attachments", "1");
        await chair.Locator("#max-attachments").BlurAsync();
        await chair.ClickAsync("[data-action=save-form]");
        await Assertions.Expect(chair.Locator("[data-testid=form-saved]")).ToBeVisibleAsync();
        await using (var db = Db())
            Assert.Equal(1, await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => n.MaxAttachments).SingleAsync());

        await using var applicantContext = await browser.NewContextAsync();
        var applicant = await PortalBrowser.SignInAsync(applicantContext, "learner@demo.egov.ua");
        await applicant.GotoAsync($"/contest/entries/{entryId}/edit");
        await PortalBrowser.WaitForCircuitAsync(applicant);
        await Assertions.Expect(applicant.Locator("[data-testid=attach-hint]")).ToContainTextAsync("файлів щонайбільше: 1");
        var upload = applicant.Locator("input[type=file][aria-label='Додати файл']");
        var links = applicant.Locator("a[href^='/contest/attachments/']");
        await upload.SetInputFilesAsync(new FilePayload { Name = "perelik.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%first\n"u8.ToArray() });
        await Assertions.Expect(links).ToHaveTextAsync(["perelik.pdf"]);

        await upload.SetInputFilesAsync(new FilePayload { Name = "druhyi.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%second\n"u8.ToArray() });
        await Assertions.Expect(applicant.Locator("[data-testid=register-error]")).ToContainTextAsync("Більше файлів додати не можна: у цій номінації до заявки додають щонайбільше 1.");
        await Assertions.Expect(links).ToHaveTextAsync(["perelik.pdf"]);
        await using (var db = Db())
            Assert.Equal(["perelik.pdf"], await db.ContestAttachments.Where(a => a.EntryId == entryId).Select(a => a.FileName).ToListAsync());
    }

    [Fact]
    public async Task ApplicantUploadsAFileAnswer_JudgeOpensItInline_AVisitorGetsNothing()
    {
        const string label = "Презентація практики";
        var (nominationId, entryId) = await DraftAsync();
        Guid fieldId;
        await using (var db = Db())
        {
            var field = EntryField.Create(nominationId, label, "Presentation", EntryFieldKind.File, true, null, 1).Value;
            db.ContestEntryFields.Add(field);
            await db.SaveChangesAsync();
            fieldId = field.Id;
        }
        var pdf = new PdfDocumentBuilder().Paragraph($"Слайди практики {Guid.NewGuid():N}").Build();

        await using var applicantContext = await browser.NewContextAsync();
        var applicant = await PortalBrowser.SignInAsync(applicantContext, "learner@demo.egov.ua");
        await applicant.GotoAsync($"/contest/entries/{entryId}/edit");
        await PortalBrowser.WaitForCircuitAsync(applicant);
        var answer = applicant.Locator($"[data-entry-field='{label}']");
        await answer.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "slaidy.pdf", MimeType = "application/pdf", Buffer = pdf });
        await Assertions.Expect(answer.Locator("[data-testid=field-file]")).ToContainTextAsync("slaidy.pdf");
        await applicant.ClickAsync("[data-action=submit-entry]");
        await Assertions.Expect(applicant.Locator("[data-testid=register-message]")).ToBeVisibleAsync();

        await using var jurorContext = await browser.NewContextAsync();
        var juror = await ScreenedAndOpenedByAJurorAsync(jurorContext, entryId);
        var shown = juror.Locator($"[data-testid=entry-view] [data-answer='{label}']");
        await Assertions.Expect(shown).ToContainTextAsync("slaidy.pdf");
        var view = shown.GetByRole(AriaRole.Link, new() { Name = "Переглянути" });
        Assert.Equal($"/contest/entries/{entryId}/answers/{fieldId}?inline=true", await view.GetAttributeAsync("href"));
        var file = await jurorContext.APIRequest.GetAsync($"/contest/entries/{entryId}/answers/{fieldId}?inline=true");
        Assert.Equal(200, file.Status);
        Assert.StartsWith("application/pdf", file.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(pdf, await file.BodyAsync());

        await using var visitorContext = await browser.NewContextAsync();
        var refused = await visitorContext.APIRequest.GetAsync($"/contest/entries/{entryId}/answers/{fieldId}", new() { MaxRedirects = 0 });
        Assert.Equal(404, refused.Status);
    }

    /// <summary>A nomination of this test's own, open for registration with juror3 on its panel, and learner's complete draft in it.</summary>
    /// <summary>The submitted entry passes screening, and a juror of its nomination opens its score form.</summary>
    private async Task<IPage> ScreenedAndOpenedByAJurorAsync(IBrowserContext jurorContext, Guid entryId)
    {
        await using (var db = Db())
        {
            var entry = await db.ContestEntries.SingleAsync(e => e.Id == entryId);
            Assert.Equal(EntryStatus.Submitted, entry.Status);
            entry.Screen(true, null, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        var juror = await PortalBrowser.SignInAsync(jurorContext, "juror3@demo.egov.ua");
        await juror.GotoAsync($"/contest/entries/{entryId}/score");
        await PortalBrowser.WaitForCircuitAsync(juror);
        return juror;
    }

    private async Task<(Guid NominationId, Guid EntryId)> DraftAsync()
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.OrderByDescending(e => e.Year).FirstAsync();
        var nomination = Nomination.Create(edition.Id, $"Форма {Guid.NewGuid():N}", "", 96,
            new PhaseSchedule(now.AddDays(-1), now.AddDays(10), now.AddDays(20), now.AddDays(30), now.AddDays(40)), now).Value;
        db.ContestNominations.Add(nomination);
        db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
        var applicant = await db.Users.Where(u => u.Email == "learner@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var entry = Entry.Draft(applicant, null,
            new EntryForm(nomination.Id, $"Практика {Guid.NewGuid():N}", community, "Опис", "Результати", "Витрати", "Як повторити", "learner@demo.egov.ua"), now).Value;
        db.ContestEntries.Add(entry);
        var juror3 = await db.Users.Where(u => u.Email == "juror3@demo.egov.ua").Select(u => u.Id).SingleAsync();
        db.ContestPanel.Add(PanelMember.Create(nomination.Id, juror3, null, null));
        await db.SaveChangesAsync();
        return (nomination.Id, entry.Id);
    }
}
