using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Drafting;

[Collection(SharedPortal.Name)]
public sealed class DraftingServicesTests(PortalFactory portal)
{
    private IServiceProvider Services => portal.Services;

    [Fact]
    public async Task DemoLaw_MembersRead_OthersGetNotFound()
    {
        var lawId = await DraftingFixture.DraftIdAsync(Services, DraftingDemoData.LawTitle);
        var drafts = Services.GetRequiredService<Drafts>();
        var access = Services.GetRequiredService<IDraftAccess>();

        var view = await drafts.ViewAsync(await DraftingFixture.UserAsync(Services, "member1"), lawId);
        var outsider = await DraftingFixture.UserAsync(Services, "juror1");

        Assert.True(view.IsSuccess);
        Assert.Equal("Стаття 1", view.Value.Numbers[view.Value.Text.Provisions.First(p => p.Kind == ProvisionKind.Article).Id]);
        Assert.False((await drafts.ViewAsync(outsider, lawId)).IsSuccess);
        Assert.False(await access.CanReadAsync(outsider, lawId));
        Assert.False(await access.CanEditAsync(new ClaimsPrincipal(), lawId));
        Assert.Empty(await Services.GetRequiredService<Amendments>().ListAsync(outsider, lawId));
    }

    [Fact]
    public async Task MembersOnlyDraft_ByUrl_ShowsNoTextToAVisitor_AndExportsAre404()
    {
        var lawId = await DraftingFixture.DraftIdAsync(Services, DraftingDemoData.LawTitle);
        using var client = portal.CreatePlainClient();

        var (_, body) = await client.GetPageAsync($"/drafting/drafts/{lawId}");
        using var pdf = await client.GetAsync($"/drafting/drafts/{lawId}/export/text.pdf");

        Assert.DoesNotContain("Визначення термінів", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
    }

    [Fact]
    public async Task Amendment_AcceptedByTheChair_IsInTheText_CreditedToItsAuthor_AndAudited()
    {
        var (draftId, chair, member) = await NewDraftAsync("Стаття про поправки");
        var amendments = Services.GetRequiredService<Amendments>();
        var editing = Services.GetRequiredService<IDraftEditing>();
        var (text, _) = await editing.CurrentAsync(draftId);
        var part = text.Provisions.First(p => p.Kind == ProvisionKind.Part);

        var proposed = await amendments.ProposeAsync(member, draftId, AmendmentKind.Replace, part.Id, "Нова редакція частини.", null, "Так зрозуміліше.");
        Assert.Equal(DraftingErrors.NotChair, (await amendments.AcceptAsync(member, proposed.Value)).Error);
        Assert.True((await amendments.AcceptAsync(chair, proposed.Value)).IsSuccess);

        var (after, revision) = await editing.CurrentAsync(draftId);
        Assert.Equal("Нова редакція частини.", after.Find(part.Id)!.Text);
        var history = await editing.HistoryAsync(draftId);
        Assert.All(history.Where(h => h.Revision == revision), h => Assert.Equal(MemberId(member), h.AuthorId));
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == DraftingAudit.AmendmentAccepted && a.Subject == DraftingAudit.Draft(draftId)));
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, (await amendments.RejectAsync(chair, proposed.Value, "пізно")).Error);
    }

    [Fact]
    public async Task Versions_RestoreAnEarlierVersion_AsNewOperations()
    {
        var (draftId, chair, _) = await NewDraftAsync("Стаття про версії");
        var versions = Services.GetRequiredService<Versions>();
        var editing = Services.GetRequiredService<IDraftEditing>();
        var (first, _) = await editing.CurrentAsync(draftId);
        Assert.True((await versions.NameAsync(chair, draftId, "Перша редакція")).IsSuccess);
        var part = first.Provisions.First(p => p.Kind == ProvisionKind.Part);
        await editing.ApplyAsync(draftId, MemberId(chair), [new InsertText(part.Id, 0, "Змінено. ")]);

        var redline = await versions.CompareAsync(chair, draftId, 0, Versions.Current);
        var restored = await versions.RestoreAsync(chair, draftId, 0);

        Assert.Contains(redline.Value.SelectMany(p => p.Spans), s => s.Change == RedlineChange.Inserted && s.Text.Contains("Змінено", StringComparison.Ordinal));
        Assert.Equal(2, restored.Value);
        Assert.Equal(first, (await editing.CurrentAsync(draftId)).Document);
        Assert.Single(await versions.ListAsync(chair, draftId));
    }

    [Fact]
    public async Task Consultation_LetsRegisteredMembersRead_AndPropose_UntilClosed()
    {
        var (draftId, chair, _) = await NewDraftAsync("Стаття для обговорення", GroupVisibility.OpenToConsultation);
        var consultations = Services.GetRequiredService<Consultations>();
        var access = Services.GetRequiredService<DraftAccess>();
        var outsider = await DraftingFixture.UserAsync(Services, "juror2");
        var clock = Services.GetRequiredService<TimeProvider>();
        Assert.False((await access.RightsAsync(outsider, draftId)).CanRead);

        Assert.True((await consultations.OpenAsync(chair, draftId, null, clock.GetUtcNow().AddDays(7))).IsSuccess);
        var rights = await access.RightsAsync(outsider, draftId);
        var text = (await Services.GetRequiredService<Drafts>().ViewAsync(outsider, draftId)).Value.Text;
        var proposed = await Services.GetRequiredService<Amendments>().ProposeAsync(outsider, draftId, AmendmentKind.Delete,
            text.Provisions[^1].Id, null, null, "Зайве положення.");
        Assert.True(rights.CanRead);
        Assert.False(await access.CanReadAsync(outsider, draftId)); // the live working text stays the group's
        Assert.False(rights.CanEdit);
        Assert.True(proposed.IsSuccess);

        Assert.True((await consultations.CloseEarlyAsync(chair, draftId)).IsSuccess);
        Assert.False((await access.RightsAsync(outsider, draftId)).CanRead);
        Assert.Equal(DraftingErrors.ConsultationNotOpen, (await consultations.CloseAsync(draftId, null)).Error);
    }

    [Fact]
    public async Task Group_InviteByEmail_SendsAnAcceptLink_AndAcceptingJoins()
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chair = await DraftingFixture.UserAsync(Services, "chair");
        var groupId = (await groups.CreateAsync(chair, "Група для запрошень " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;

        Assert.True((await groups.InviteAsync(chair, groupId, "learner@demo.egov.ua")).IsSuccess);
        var view = (await groups.ViewAsync(chair, groupId)).Value;
        var invitation = Assert.Single(view.Invitations);
        var learner = await DraftingFixture.UserAsync(Services, "learner");
        var wrongPerson = await DraftingFixture.UserAsync(Services, "trainer");

        Assert.Equal(DraftingErrors.InvitationNotYours, (await groups.AcceptAsync(wrongPerson, invitation.Id)).Error);
        Assert.True((await groups.AcceptAsync(learner, invitation.Id)).IsSuccess);
        Assert.Contains((await groups.ViewAsync(learner, groupId)).Value.Members, m => m.MemberId == MemberId(learner));
        Assert.False((await groups.ViewAsync(wrongPerson, groupId)).IsSuccess);
    }

    [Fact]
    public async Task DraftInConsultation_OutsiderReadsThePublishedRevision_ButNotTheLiveText()
    {
        var programmeId = await DraftingFixture.DraftIdAsync(Services, DraftingDemoData.ProgrammeTitle);
        var outsider = await DraftingFixture.UserAsync(Services, "juror1");

        Assert.True((await Services.GetRequiredService<Drafts>().ViewAsync(outsider, programmeId)).IsSuccess);
        Assert.False(await Services.GetRequiredService<IDraftAccess>().CanReadAsync(outsider, programmeId));
        Assert.False(await Services.GetRequiredService<IDraftAccess>().CanEditAsync(outsider, programmeId));
    }

    [Fact]
    public async Task Create_FromADocxWithTooManyProvisions_IsRefused_AndLeavesNoDraft()
    {
        var chair = await DraftingFixture.UserAsync(Services, "chair");
        var groupId = (await Services.GetRequiredService<WorkingGroups>().CreateAsync(chair, "Група імпорту " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;
        var title = "Завеликий імпорт " + Guid.NewGuid().ToString("N")[..6];
        var paragraphs = Enumerable.Range(1, DraftLimits.MaxProvisions + 1).Select(i => ("", $"Положення {i}.")).ToArray();
        using var docx = new MemoryStream(EGov.Collab.Tests.Documents.Drafting.DraftDocumentsTests.Word(paragraphs));

        var created = await Services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.Law, title, DraftSource.Docx, docx);

        Assert.Equal(DraftingErrors.DocxTooManyParagraphs, created.Error);
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Drafts.AnyAsync(d => d.Title == title));
    }

    private async Task<(Guid DraftId, ClaimsPrincipal Chair, ClaimsPrincipal Member)> NewDraftAsync(string article,
        GroupVisibility visibility = GroupVisibility.MembersOnly)
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chair = await DraftingFixture.UserAsync(Services, "chair");
        var member = await DraftingFixture.UserAsync(Services, "member2");
        var groupId = (await groups.CreateAsync(chair, "Тестова група " + Guid.NewGuid().ToString("N")[..6], null, visibility)).Value;
        var invitation = await groups.InviteMemberAsync(chair, groupId, MemberId(member));
        Assert.True((await groups.AcceptAsync(member, invitation.Value)).IsSuccess);
        var draftId = (await Services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.CabinetResolution, article, DraftSource.Template, null)).Value;
        return (draftId, chair, member);
    }

    private static Guid MemberId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
