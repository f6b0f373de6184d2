using System.Security.Claims;
using EGov.Collab.App.Contest;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Notifications;

/// <summary>
/// Issue #23.16: drafting (invitation, amendment decided, consultation closing) and contest (entry screened, results)
/// tell the member under the bell and, as their preference says, by a mail in their own language.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ModuleNotificationTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task WorkingGroupInvitation_RingsTheBell_AndMailsInTheInviteesLanguage()
    {
        var groups = Service<WorkingGroups>();
        var chair = PrincipalOf((await portal.CreateMemberAsync()).Id);
        var invitee = await MemberSpeakingAsync("en-US");
        var name = "Група сповіщень " + Guid.NewGuid().ToString("N")[..6];
        var groupId = (await groups.CreateAsync(chair, name, null, GroupVisibility.MembersOnly)).Value;

        Guid invitation;
        using (TestCulture.Use("uk-UA"))
            invitation = (await groups.InviteMemberAsync(chair, groupId, invitee.Id)).Value;

        var bell = Assert.Single(await BellAsync(invitee.Id));
        Assert.Equal((NotificationTypes.DraftingInvited.Key, $"/drafting/invitations/{invitation}"), (bell.TextKey, bell.Link));
        Assert.Contains(name, bell.Arguments, StringComparison.Ordinal);
        var mail = Assert.Single(await MailsToAsync(invitee.Email!));
        Assert.StartsWith("Invitation to the working group", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmendmentDecided_RingsTheBell_MailsInTheAuthorsLanguage_UnlessTurnedOff()
    {
        var (draftId, chair, member) = await DraftWithAMemberAsync("en-US");
        var amendments = Service<Amendments>();
        var text = (await Service<Drafts>().ViewAsync(PrincipalOf(member.Id), draftId)).Value.Text;
        var first = await amendments.ProposeAsync(PrincipalOf(member.Id), draftId, AmendmentKind.Delete, text.Provisions[^1].Id, null, null, "Зайве.");
        var second = await amendments.ProposeAsync(PrincipalOf(member.Id), draftId, AmendmentKind.Delete, text.Provisions[^2].Id, null, null, "Теж зайве.");

        using (TestCulture.Use("uk-UA"))
            Assert.True((await amendments.RejectAsync(chair, first.Value, "Ні")).IsSuccess);
        await Service<NotificationCenter>().SetPreferenceAsync(member.Id, NotificationTypes.DraftingAmendmentDecided, byEmail: false);
        Assert.True((await amendments.RejectAsync(chair, second.Value, "Теж ні")).IsSuccess);

        var bell = (await BellAsync(member.Id)).Where(b => b.TextKey == NotificationTypes.DraftingAmendmentDecided.Key).ToList();
        Assert.Equal(2, bell.Count);
        Assert.All(bell, b => Assert.Equal($"/drafting/drafts/{draftId}", b.Link));
        Assert.Contains("rejected", bell[0].Arguments, StringComparison.OrdinalIgnoreCase);
        var mail = Assert.Single(await MailsToAsync(member.Email!), m => (m.Subject ?? "").StartsWith("Amendment", StringComparison.Ordinal));
        Assert.StartsWith("Amendment rejected", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Reason: Ні", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationClosingReminder_RingsTheBell_AndMailsEachMemberInTheirLanguage()
    {
        var (draftId, chair, member) = await DraftWithAMemberAsync("en-US");
        var now = Service<TimeProvider>().GetUtcNow();
        using (TestCulture.Use("uk-UA"))
            Assert.True((await Service<Consultations>().OpenAsync(chair, draftId, null, now.AddDays(7), now.AddHours(12))).IsSuccess);

        await Service<AmendmentDeadlineReminderJob>().RemindAsync(draftId, CancellationToken.None);

        var bell = Assert.Single(await BellAsync(member.Id), b => b.TextKey == NotificationTypes.DraftingConsultationClosing.Key);
        Assert.Equal($"/drafting/drafts/{draftId}", bell.Link);
        var mail = Assert.Single(await MailsToAsync(member.Email!), m => (m.Subject ?? "").StartsWith("Amendments close soon", StringComparison.Ordinal));
        Assert.Contains("Kyiv time", mail.TextBody, StringComparison.Ordinal);
        var chairEmail = await EmailOfAsync(Guid.Parse(chair.FindFirstValue(ClaimTypes.NameIdentifier)!));
        Assert.Single(await MailsToAsync(chairEmail), m => (m.Subject ?? "").StartsWith("Незабаром завершується", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntryScreened_TellsTheApplicant_WithTheOutcomeInTheirLanguage()
    {
        var applicant = await MemberSpeakingAsync("en-US");
        var (_, entries) = await ContestTestNominationsWithSubmittedEntryAsync(applicant.Id);
        var admin = PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);

        using (TestCulture.Use("uk-UA"))
            Assert.True((await Service<ContestAdministration>().ScreenAsync(admin, entries, false, "Поза темою")).IsSuccess);

        var bell = Assert.Single(await BellAsync(applicant.Id));
        Assert.Equal((NotificationTypes.ContestEntryScreened.Key, "/contest/my"), (bell.TextKey, bell.Link));
        Assert.Contains("Ineligible (Поза темою)", bell.Arguments, StringComparison.Ordinal);
        var mail = Assert.Single(await MailsToAsync(applicant.Email!));
        Assert.Equal("A new notification on the e-governance portal", mail.Subject);
        Assert.Contains("was screened: Ineligible", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPublished_TellEveryApplicantOfTheNomination_Once()
    {
        var first = await portal.CreateMemberAsync();
        var second = await MemberSpeakingAsync("en-US");
        var (nominationId, entries) = await ContestTestNominations_JuryScoringAsync(first.Id, second.Id);
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var juror = PrincipalOf((await portal.MemberByEmailAsync("juror3@demo.egov.ua")).Id);
        var criterion = await CriterionAsync(nominationId);
        foreach (var (entry, score) in entries.Zip(Scores))
            Assert.True((await Service<JuryScoring>().SaveAsync(juror, entry, new Dictionary<Guid, double> { [criterion] = score }, "", true)).IsSuccess);
        Assert.True((await Service<JuryScoring>().LockAsync(chair, nominationId)).IsSuccess);
        Assert.True((await Service<ContestAdministration>().ApproveAsync(chair, nominationId)).IsSuccess);

        Assert.True((await Service<ContestAdministration>().PublishAsync(chair, nominationId)).IsSuccess);

        // The winner may hear from other modules too (the depository takes winners in); only the results count here.
        foreach (var (member, words) in new[] { (first, "Оголошено результати конкурсу"), (second, "The results of the contest") })
        {
            var bell = Assert.Single(await BellAsync(member.Id), b => b.TextKey == NotificationTypes.ContestResults.Key);
            Assert.Equal($"/contest/nominations/{nominationId}", bell.Link);
            Assert.Single(await MailsToAsync(member.Email!), m => (m.TextBody ?? "").Contains(words, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(await MailsToAsync(second.Email!), m => (m.TextBody ?? "").Contains("Оголошено", StringComparison.Ordinal));
    }

    private static readonly double[] Scores = [9.0, 4.0, 6.0];

    private sealed record BellEntry(string TextKey, string Link, string Arguments);

    private async Task<List<BellEntry>> BellAsync(Guid memberId)
    {
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var rows = await db.Notifications.AsNoTracking().Where(n => n.MemberId == memberId).OrderBy(n => n.CreatedAt).ToListAsync();
        return rows.Select(n => new BellEntry(n.TextKey, n.Link, string.Join('|', n.ArgumentList))).ToList();
    }

    private async Task<IReadOnlyList<MimeMessage>> MailsToAsync(string email)
    {
        var outbox = Service<Outbox>();
        var mails = new List<MimeMessage>();
        foreach (var item in outbox.List(5000).Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase)))
            mails.Add((await outbox.ReadAsync(item.FileName))!);
        return mails;
    }

    private async Task<string> EmailOfAsync(Guid memberId)
    {
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == memberId).Select(u => u.Email!).SingleAsync();
    }

    private async Task<Member> MemberSpeakingAsync(string culture)
    {
        var created = await portal.CreateMemberAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = (await users.FindByIdAsync(created.Id.ToString()))!;
        member.PreferredCulture = culture;
        Assert.True((await users.UpdateAsync(member)).Succeeded);
        return member;
    }

    private async Task<(Guid DraftId, ClaimsPrincipal Chair, Member Member)> DraftWithAMemberAsync(string culture)
    {
        var groups = Service<WorkingGroups>();
        var chair = PrincipalOf((await portal.CreateMemberAsync()).Id);
        var member = await MemberSpeakingAsync(culture);
        var groupId = (await groups.CreateAsync(chair, "Група сповіщень " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.OpenToConsultation)).Value;
        var invitation = await groups.InviteMemberAsync(chair, groupId, member.Id);
        Assert.True((await groups.AcceptAsync(PrincipalOf(member.Id), invitation.Value)).IsSuccess);
        var draftId = (await Service<Drafts>().CreateAsync(chair, groupId, DraftKind.CabinetResolution, "Проєкт сповіщень " + Guid.NewGuid().ToString("N")[..6],
            DraftSource.Template, null)).Value;
        return (draftId, chair, member);
    }

    /// <summary>A nomination of this test's own in registration with one entry submitted (not yet screened) by the applicant.</summary>
    private async Task<(Guid NominationId, Guid EntryId)> ContestTestNominationsWithSubmittedEntryAsync(Guid applicantId)
    {
        var now = DateTimeOffset.UtcNow;
        var schedule = new PhaseSchedule(now.AddDays(-1), now.AddDays(10), now.AddDays(20), now.AddDays(30), now.AddDays(40));
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var nomination = await NominationAsync(db, schedule, ContestPhase.Registration, now);
        var entry = await SubmittedEntryAsync(db, nomination.Id, applicantId, now);
        await db.SaveChangesAsync();
        return (nomination.Id, entry.Id);
    }

    /// <summary>A nomination in jury scoring with eligible entries of two applicants (the first applicant has two) and juror3 on its panel.</summary>
    private async Task<(Guid NominationId, List<Guid> Entries)> ContestTestNominations_JuryScoringAsync(Guid firstApplicant, Guid secondApplicant)
    {
        var now = DateTimeOffset.UtcNow;
        var schedule = new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-20), now.AddDays(-10), now.AddDays(10));
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var nomination = await NominationAsync(db, schedule, ContestPhase.JuryScoring, now);
        var entries = new List<Guid>();
        foreach (var applicant in new[] { firstApplicant, secondApplicant, firstApplicant })
        {
            var entry = await SubmittedEntryAsync(db, nomination.Id, applicant, now);
            entry.Screen(true, null, now);
            entries.Add(entry.Id);
        }
        db.ContestPanel.Add(PanelMember.Create(nomination.Id, (await portal.MemberByEmailAsync("juror3@demo.egov.ua")).Id, null, null));
        await db.SaveChangesAsync();
        return (nomination.Id, entries);
    }

    private static async Task<Nomination> NominationAsync(CollabDbContext db, PhaseSchedule schedule, ContestPhase phase, DateTimeOffset now)
    {
        var edition = await db.ContestEditions.FirstAsync();
        var nomination = Nomination.Create(edition.Id, $"Сповіщення {Guid.NewGuid():N}", "", 99, schedule, now).Value;
        nomination.MoveTo(phase, now);
        db.ContestNominations.Add(nomination);
        db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
        return nomination;
    }

    private static async Task<Entry> SubmittedEntryAsync(CollabDbContext db, Guid nominationId, Guid applicantId, DateTimeOffset now)
    {
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var form = new EntryForm(nominationId, $"Заявка {Guid.NewGuid():N}", community, "Опис", "Результати", "Витрати", "Як повторити", "контакти@x.ua");
        var entry = Entry.Draft(applicantId, null, form, now).Value;
        entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
        db.ContestEntries.Add(entry);
        return entry;
    }

    private async Task<Guid> CriterionAsync(Guid nominationId)
    {
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();
    }
}
