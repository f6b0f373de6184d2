using System.Security.Claims;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Documents;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>What visitors and the group see: a consultation without signing in, readable history, downloads lawyers use.</summary>
[Collection(SharedBrowser.Name)]
public sealed class DraftingConsultationBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Visitor_WithoutSigningIn_ReadsADraftInConsultation_AndIsInvitedToSignInToTakePart()
    {
        var programmeId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.ProgrammeTitle);
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;

        var response = await page.GotoAsync($"/drafting/drafts/{programmeId}");
        await PortalBrowser.WaitForCircuitAsync(page);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("[data-testid=draft-title]")).ToHaveTextAsync(DraftingDemoData.ProgrammeTitle);
        await Assertions.Expect(page.Locator("[data-testid=draft-text]")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("[data-testid=sign-in-to-take-part]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=propose-form]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task History_ShowsRevisionsCitedInFull_OpensOneAsText_AndAsARedline_AndDownloadsTrackedChanges()
    {
        var (draftId, part, author) = await DraftWithAnEditAsync();
        await using var context = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await chair.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(chair);

        await chair.GetByRole(AriaRole.Tab, new() { Name = "Версії та історія" }).ClickAsync();
        var revision = chair.Locator("[data-testid=revision]").First;
        await Assertions.Expect(revision.Locator("[data-testid=revision-provisions]")).ToHaveTextAsync("Стаття 2, частина 1");
        await revision.Locator("[data-testid=revision-open]").ClickAsync();
        await Assertions.Expect(chair.Locator("[data-testid=revision-text]")).ToContainTextAsync(part);
        await revision.Locator("[data-testid=revision-redline]").ClickAsync();
        await Assertions.Expect(chair.Locator("[data-testid=redline] ins")).ToContainTextAsync("діє всюди");

        var download = await chair.RunAndWaitForDownloadAsync(() => chair.Locator("[data-testid=redline-docx]").ClickAsync());
        var path = await download.PathAsync();
        using (var word = WordprocessingDocument.Open(path, false))
        {
            var insertion = word.MainDocumentPart!.Document.Body!.Descendants<InsertedRun>().Single(i => i.InnerText.Contains("діє всюди", StringComparison.Ordinal));
            Assert.Equal(author, insertion.Author?.Value);
            Assert.NotNull(insertion.Date);
        }
        var pdfLink = await chair.Locator("[data-testid=redline-pdf]").GetAttributeAsync("href");
        var pdf = await chair.APIRequest.GetAsync(pdfLink!);
        Assert.Equal(200, pdf.Status);
        Assert.Contains("діє всюди", string.Join(' ', PdfReading.PageTexts(await pdf.BodyAsync())), StringComparison.Ordinal);
    }

    /// <summary>A new law draft of the demo chair's group where a member typed a sentence into the second article.</summary>
    private async Task<(Guid DraftId, string Part, string Author)> DraftWithAnEditAsync()
    {
        var services = browser.Services;
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var member = await DraftingFixture.UserAsync(services, "member2");
        var groups = services.GetRequiredService<WorkingGroups>();
        var groupId = (await groups.CreateAsync(chair, "Група історії " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;
        var memberId = Guid.Parse(member.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var invitation = await groups.InviteMemberAsync(chair, groupId, memberId);
        Assert.True((await groups.AcceptAsync(member, invitation.Value)).IsSuccess);
        var draftId = (await services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.Law, "Історія " + Guid.NewGuid().ToString("N")[..6],
            DraftSource.Template, null)).Value;
        var editing = services.GetRequiredService<IDraftEditing>();
        var (text, _) = await editing.CurrentAsync(draftId);
        var part = text.Provisions.Where(p => p.Kind == ProvisionKind.Part).ElementAt(1);
        Assert.True((await editing.ApplyAsync(draftId, memberId, [new InsertText(part.Id, 0, "Закон діє всюди.")])).IsSuccess);
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var author = await db.Users.Where(u => u.Id == memberId).Select(u => u.FullName).SingleAsync();
        return (draftId, "Закон діє всюди.", author);
    }
}
