using System.Net;
using System.Security.Claims;
using DocumentFormat.OpenXml.Packaging;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>Public consultation for visitors, amendments decided once, readable history, outputs, amendment deadlines.</summary>
[Collection(SharedPortal.Name)]
public sealed class DraftingConsultationTests(PortalFactory portal)
{
    private IServiceProvider Services => portal.Services;
    private TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    [Fact]
    public async Task Visitor_OpensADraftInConsultation_ReadsItsPublishedText_ButCannotContribute()
    {
        var programmeId = await DraftingFixture.DraftIdAsync(Services, DraftingDemoData.ProgrammeTitle);
        var visitor = new ClaimsPrincipal(new ClaimsIdentity());
        var view = await Services.GetRequiredService<Drafts>().ViewAsync(visitor, programmeId);
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync($"/drafting/drafts/{programmeId}");

        Assert.True(view.IsSuccess);
        Assert.Equal(HttpStatusCode.OK, status);
        var sample = view.Value.Text.Provisions.First(p => p.Text.Length > 20).Text;
        Assert.Contains(sample[..20], WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.Contains("sign-in-to-take-part", body, StringComparison.Ordinal);
        Assert.False(view.Value.Rights.CanContribute);
        var proposed = await Services.GetRequiredService<Amendments>().ProposeAsync(visitor, programmeId, AmendmentKind.Delete,
            view.Value.Text.Provisions[^1].Id, null, null, "Зайве.");
        Assert.Equal(CommonErrors.Forbidden, proposed.Error);
    }

    [Fact]
    public async Task MembersOnlyGroup_CannotOpenItsDraftToConsultation()
    {
        var (draftId, chair, _) = await NewDraftAsync(GroupVisibility.MembersOnly);

        var opened = await Services.GetRequiredService<Consultations>().OpenAsync(chair, draftId, null, Clock.GetUtcNow().AddDays(7));

        Assert.Equal(DraftingErrors.GroupMembersOnly, opened.Error);
        Assert.False((await Services.GetRequiredService<Drafts>().ViewAsync(new ClaimsPrincipal(new ClaimsIdentity()), draftId)).IsSuccess);
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        Assert.Equal(GroupVisibility.MembersOnly, await db.Drafts.Where(d => d.Id == draftId)
            .Join(db.WorkingGroups, d => d.GroupId, g => g.Id, (d, g) => g.Visibility).SingleAsync());
    }

    [Fact]
    public async Task Accept_ClickedManyTimesAtOnce_AppliesTheAmendmentOnce_TheOthersAreToldItIsDecided()
    {
        var (draftId, chair, member) = await NewDraftAsync(GroupVisibility.MembersOnly);
        var amendments = Services.GetRequiredService<Amendments>();
        var editing = Services.GetRequiredService<IDraftEditing>();
        var (before, _) = await editing.CurrentAsync(draftId);
        var target = before.Provisions.First(p => p.Kind == ProvisionKind.Part);
        var proposed = await amendments.ProposeAsync(member, draftId, AmendmentKind.InsertAfter, target.Id, "Вставлена частина.", null, "Потрібна.");

        var decisions = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => i == 5
            ? amendments.RejectAsync(chair, proposed.Value, "ні")
            : amendments.AcceptAsync(chair, proposed.Value))));

        Assert.Single(decisions, d => d.IsSuccess);
        Assert.All(decisions.Where(d => !d.IsSuccess), d => Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, d.Error));
        var (after, _) = await editing.CurrentAsync(draftId);
        var status = (await amendments.ListAsync(chair, draftId)).Single().Amendment.Status;
        var inserted = after.Provisions.Count(p => p.Text == "Вставлена частина.");
        Assert.Equal(status == AmendmentStatus.Accepted ? 1 : 0, inserted);
        Assert.Equal(before.Provisions.Count + inserted, after.Provisions.Count);
    }

    [Fact]
    public async Task Withdraw_ByTheAuthor_Once_ThenTheChairCannotAcceptIt()
    {
        var (draftId, chair, member) = await NewDraftAsync(GroupVisibility.MembersOnly);
        var amendments = Services.GetRequiredService<Amendments>();
        var (text, _) = await Services.GetRequiredService<IDraftEditing>().CurrentAsync(draftId);
        var proposed = await amendments.ProposeAsync(member, draftId, AmendmentKind.Delete, text.Provisions[^1].Id, null, null, "Зайве.");

        Assert.Equal(DraftingErrors.NotAuthor, (await amendments.WithdrawAsync(chair, proposed.Value)).Error);
        var twice = await Task.WhenAll(amendments.WithdrawAsync(member, proposed.Value), amendments.WithdrawAsync(member, proposed.Value));

        Assert.Single(twice, r => r.IsSuccess);
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, twice.Single(r => !r.IsSuccess).Error);
        Assert.Equal(DraftingErrors.AmendmentAlreadyDecided, (await amendments.AcceptAsync(chair, proposed.Value)).Error);
        Assert.Equal(AmendmentStatus.Withdrawn, (await amendments.ListAsync(chair, draftId)).Single().Amendment.Status);
    }

    [Fact]
    public async Task History_GroupsChangesIntoRevisionsByAuthorAndProvision_CitesFullNumbers_AndOpensTextAndRedline()
    {
        var (draftId, chair, member) = await NewDraftAsync(GroupVisibility.MembersOnly, DraftKind.Law);
        var editing = Services.GetRequiredService<IDraftEditing>();
        var versions = Services.GetRequiredService<Versions>();
        var (text, _) = await editing.CurrentAsync(draftId);
        var secondArticlePart = text.Provisions.Where(p => p.Kind == ProvisionKind.Part).ElementAt(1);
        var firstArticleTitle = text.Provisions.First(p => p.Kind == ProvisionKind.Article);
        await editing.ApplyAsync(draftId, Id(member), [new InsertText(secondArticlePart.Id, 0, "Закон ")]);
        await editing.ApplyAsync(draftId, Id(member), [new InsertText(secondArticlePart.Id, 6, "діє всюди.")]);
        await editing.ApplyAsync(draftId, Id(chair), [new InsertText(firstArticleTitle.Id, firstArticleTitle.Text.Length, " і скорочень")]);

        var revisions = await versions.RevisionsAsync(chair, draftId);

        Assert.Equal(2, revisions.Count);
        var (mine, theirs) = (revisions[0], revisions[1]);
        Assert.Equal("Стаття 1", mine.Provisions.Single());
        Assert.Equal("Стаття 2, частина 1", theirs.Provisions.Single());
        Assert.Equal(2, theirs.Changes);
        var atTheirs = await versions.TextAsync(chair, draftId, theirs.ToRevision);
        Assert.Equal("Закон діє всюди.", atTheirs.Value.Find(secondArticlePart.Id)!.Text);
        Assert.DoesNotContain("скорочень", atTheirs.Value.Find(firstArticleTitle.Id)!.Text, StringComparison.Ordinal);
        var redline = await versions.CompareAsync(chair, draftId, theirs.FromRevision, mine.ToRevision);
        var changed = redline.Value.SelectMany(p => p.Spans).Where(s => s.Change == RedlineChange.Inserted).Select(s => s.Text.Trim()).ToList();
        Assert.Contains(changed, s => s.Contains("діє", StringComparison.Ordinal));
        Assert.Contains(changed, s => s.Contains("скорочень", StringComparison.Ordinal));
        Assert.Empty(await versions.RevisionsAsync(await DraftingFixture.UserAsync(Services, "juror1"), draftId));
    }

    [Fact]
    public async Task AmendmentDeadline_Passed_RefusesThePublicsAmendments_WhileCommentsAndTheGroupGoOn()
    {
        var (draftId, chair, member) = await NewDraftAsync(GroupVisibility.OpenToConsultation);
        var now = Clock.GetUtcNow();
        Assert.True((await Services.GetRequiredService<Consultations>().OpenAsync(chair, draftId, null, now.AddDays(7), now.AddDays(2))).IsSuccess);
        await using (var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            await db.Drafts.Where(d => d.Id == draftId).ExecuteUpdateAsync(u => u.SetProperty(d => d.AmendmentDeadline, now.AddMinutes(-1)));
        var outsider = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var amendments = Services.GetRequiredService<Amendments>();
        var text = (await Services.GetRequiredService<Drafts>().ViewAsync(outsider, draftId)).Value.Text;
        var part = text.Provisions.First(p => p.Kind == ProvisionKind.Part);

        var publicAmendment = await amendments.ProposeAsync(outsider, draftId, AmendmentKind.Delete, part.Id, null, null, "Зайве.");
        var comment = await Services.GetRequiredService<Comments>().AddAsync(outsider, draftId, part.Id, 0, 3, "Але подумайте ще.");
        var groupAmendment = await amendments.ProposeAsync(member, draftId, AmendmentKind.Delete, part.Id, null, null, "Зайве.");

        Assert.Equal(DraftingErrors.AmendmentDeadlinePassed, publicAmendment.Error);
        Assert.True(comment.IsSuccess);
        Assert.True(groupAmendment.IsSuccess);
    }

    [Fact]
    public async Task Reminder_BeforeTheAmendmentDeadline_GoesOnceToTheGroupAndTheParticipants_WithTheTally()
    {
        var (draftId, chair, member) = await NewDraftAsync(GroupVisibility.OpenToConsultation);
        var now = Clock.GetUtcNow();
        Assert.True((await Services.GetRequiredService<Consultations>().OpenAsync(chair, draftId, null, now.AddDays(7), now.AddHours(12))).IsSuccess);
        var outsider = await portal.CreateMemberAsync();
        var text = (await Services.GetRequiredService<Drafts>().ViewAsync(chair, draftId)).Value.Text;
        Assert.True((await Services.GetRequiredService<Amendments>().ProposeAsync(PortalForms.PrincipalOf(outsider.Id), draftId, AmendmentKind.Delete,
            text.Provisions[^1].Id, null, null, "Зайве.")).IsSuccess);
        var job = Services.GetRequiredService<AmendmentDeadlineReminderJob>();

        await Task.WhenAll(job.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));
        await job.RunAsync(CancellationToken.None);

        var title = (await Services.GetRequiredService<Drafts>().ViewAsync(chair, draftId)).Value.Draft.Title;
        var outbox = Services.GetRequiredService<Outbox>();
        var reminders = outbox.List().Where(m => m.Subject.Contains(title, StringComparison.Ordinal)).ToList();
        var memberEmail = (await portal.MemberByEmailAsync($"member2@{DemoData.EmailDomain}")).Email!;
        Assert.Single(reminders, m => m.To.Contains(outsider.Email!, StringComparison.OrdinalIgnoreCase));
        Assert.Single(reminders, m => m.To.Contains(memberEmail, StringComparison.OrdinalIgnoreCase));
        var body = (await outbox.ReadAsync(reminders[0].FileName))!.TextBody;
        Assert.Contains(": 1", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ForAVisitor_AsPdfAndDocx_NamesWhoTookPart_ByProvision()
    {
        var (draftId, chair, _) = await NewDraftAsync(GroupVisibility.OpenToConsultation, DraftKind.Law);
        Assert.True((await Services.GetRequiredService<Consultations>().OpenAsync(chair, draftId, null, Clock.GetUtcNow().AddDays(7))).IsSuccess);
        var outsider = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var text = (await Services.GetRequiredService<Drafts>().ViewAsync(outsider, draftId)).Value.Text;
        var part = text.Provisions.Where(p => p.Kind == ProvisionKind.Part).First();
        Assert.True((await Services.GetRequiredService<Amendments>().ProposeAsync(outsider, draftId, AmendmentKind.Replace, part.Id,
            "Нова редакція частини.", null, "Ясніше.")).IsSuccess);
        using var client = portal.CreatePlainClient();

        using var pdf = await client.GetAsync($"/drafting/drafts/{draftId}/export/report.pdf");
        using var docx = await client.GetAsync($"/drafting/drafts/{draftId}/export/report.docx");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var pdfText = string.Join(' ', PdfReading.PageTexts(await pdf.Content.ReadAsByteArrayAsync()));
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var wordText = word.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var content in new[] { pdfText, wordText })
        {
            Assert.Contains("Тестовий Учасник", content, StringComparison.Ordinal);
            Assert.Contains("Стаття 1, частина 1", content, StringComparison.Ordinal);
            Assert.Contains("Нова редакція частини.", content, StringComparison.Ordinal);
        }
    }

    private async Task<(Guid DraftId, ClaimsPrincipal Chair, ClaimsPrincipal Member)> NewDraftAsync(GroupVisibility visibility, DraftKind kind = DraftKind.CabinetResolution)
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chair = await DraftingFixture.UserAsync(Services, "chair");
        var member = await DraftingFixture.UserAsync(Services, "member2");
        var groupId = (await groups.CreateAsync(chair, "Група обговорення " + Guid.NewGuid().ToString("N")[..6], null, visibility)).Value;
        var invitation = await groups.InviteMemberAsync(chair, groupId, Id(member));
        Assert.True((await groups.AcceptAsync(member, invitation.Value)).IsSuccess);
        var draftId = (await Services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, kind, "Проєкт " + Guid.NewGuid().ToString("N")[..6],
            DraftSource.Template, null)).Value;
        return (draftId, chair, member);
    }

    private static Guid Id(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
