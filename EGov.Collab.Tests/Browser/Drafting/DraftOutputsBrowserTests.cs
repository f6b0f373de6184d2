using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Documents;
using EGov.Collab.Tests.Documents.Drafting;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Issue #22.6 from the browser: the consultation report as PDF and DOCX (who took part, the proposal under its
/// provision, the group's answer) and the redline as Word tracked changes and as a coloured PDF.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DraftOutputsBrowserTests(PortalBrowser browser)
{
    private const string Outsider = "Марія Коваленко"; // juror1, who took part from outside the group

    [Fact]
    public async Task ConsultationReport_AndRedline_DownloadAsPdfAndDocx_WithParticipantsAnswersAndTrackedChanges()
    {
        var (draftId, answer) = await ConsultedDraftWithAnEditAsync();
        await using var context = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await chair.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(chair);

        await chair.GetByRole(AriaRole.Tab, new() { Name = "Обговорення" }).ClickAsync();
        var reportDocx = await chair.RunAndWaitForDownloadAsync(() => chair.Locator("[data-testid=report-docx]").ClickAsync());
        Assert.EndsWith(".docx", reportDocx.SuggestedFilename, StringComparison.Ordinal);
        string docxText;
        using (var word = WordprocessingDocument.Open(await reportDocx.PathAsync(), false))
            docxText = word.MainDocumentPart!.Document.Body!.InnerText;
        var reportPdf = await chair.APIRequest.GetAsync((await chair.Locator("[data-testid=report-pdf]").GetAttributeAsync("href"))!);
        Assert.Equal(200, reportPdf.Status);
        Assert.Equal("application/pdf", reportPdf.Headers["content-type"]);
        var pdfText = string.Join(' ', PdfReading.PageTexts(await reportPdf.BodyAsync()));
        foreach (var text in new[] { docxText, pdfText })
        {
            Assert.Contains(Outsider, text, StringComparison.Ordinal);
            Assert.Contains("Стаття 1", text, StringComparison.Ordinal);
            Assert.Contains("щомісяця", text, StringComparison.Ordinal);
            Assert.Contains(answer, text, StringComparison.Ordinal);
        }

        await chair.GetByRole(AriaRole.Tab, new() { Name = "Версії та історія" }).ClickAsync();
        await chair.Locator("[data-testid=revision]").First.Locator("[data-testid=revision-redline]").ClickAsync();
        await Assertions.Expect(chair.Locator("[data-testid=redline] ins")).ToHaveTextAsync("щокварталу");
        var redlineDocx = await chair.RunAndWaitForDownloadAsync(() => chair.Locator("[data-testid=redline-docx]").ClickAsync());
        using (var word = WordprocessingDocument.Open(await redlineDocx.PathAsync(), false))
        {
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.Contains(body.Descendants<InsertedRun>(), i => i.InnerText.Contains("щокварталу", StringComparison.Ordinal));
            Assert.Contains(body.Descendants<DeletedRun>(), d => d.Descendants<DeletedText>().Any(t => t.Text.Contains("щороку", StringComparison.Ordinal)));
        }
        var redlinePdf = await chair.APIRequest.GetAsync((await chair.Locator("[data-testid=redline-pdf]").GetAttributeAsync("href"))!);
        Assert.Equal(200, redlinePdf.Status);
        RedlinePdfChecks.AssertMarked(await redlinePdf.BodyAsync(), inserted: "щокварталу", deleted: "щороку", unchanged: "публікують");
    }

    /// <summary>
    /// A law of a group open to consultation where a member replaced one word; the consultation opened on it, juror1
    /// proposed an amendment and the chair rejected it with a reason (the group's answer).
    /// </summary>
    private async Task<(Guid DraftId, string Answer)> ConsultedDraftWithAnEditAsync()
    {
        var services = browser.Services;
        var groupId = await DraftArrangement.GroupAsync(services, GroupVisibility.OpenToConsultation, "member1");
        var draftId = await DraftArrangement.LawAsync(services, groupId, "Звіт " + Guid.NewGuid().ToString("N")[..6],
            (ProvisionKind.Article, "Громади щороку публікують бюджети."));
        var editing = services.GetRequiredService<IDraftEditing>();
        var provision = (await editing.CurrentAsync(draftId)).Document.Provisions[1];
        var member = DraftArrangement.MemberId(await DraftingFixture.UserAsync(services, "member1"));
        Assert.True((await editing.ApplyAsync(draftId, member,
            [new DeleteText(provision.Id, "Громади ".Length, "щороку"), new InsertText(provision.Id, "Громади ".Length, "щокварталу")])).IsSuccess);
        await DraftArrangement.OpenConsultationAsync(services, draftId, TimeSpan.FromDays(10));

        var amendments = services.GetRequiredService<Amendments>();
        var proposed = await amendments.ProposeAsync(await DraftingFixture.UserAsync(services, "juror1"), draftId, AmendmentKind.Replace, provision.Id,
            "Громади щомісяця публікують бюджети.", null, "Ще частіше.");
        Assert.True(proposed.IsSuccess, proposed.Error?.Code);
        const string answer = "Надто обтяжливо.";
        Assert.True((await amendments.RejectAsync(await DraftingFixture.UserAsync(services, "chair"), proposed.Value, answer)).IsSuccess);
        return (draftId, answer);
    }
}
