using EGov.Collab.App.Contest;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>The contest's services against the real (SQLite) database: they refuse on the server whatever the page shows.</summary>
[Collection(SharedPortal.Name)]
public sealed class ContestServicesTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task CastAsync_FiftySimultaneousCallsFromOneMember_StoreOneVote()
    {
        var (_, entries) = await NominationAsync(ContestPhase.PublicEvaluation, entries: 1);
        var member = await portal.CreateMemberAsync();
        var user = PrincipalOf(member.Id);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Service<PublicVoting>().CastAsync(user, entries[0], "203.0.113.9"))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Contains(r.Error, new[] { ContestErrors.AlreadyVoted, ContestErrors.TooManyRequests }));
        await using var db = Db();
        Assert.Equal(1, await db.ContestVotes.CountAsync(v => v.MemberId == member.Id));
    }

    [Fact]
    public async Task CastAsync_DuplicateRowPastTheService_UniqueIndexRefuses()
    {
        var (nominationId, entries) = await NominationAsync(ContestPhase.PublicEvaluation, entries: 1);
        var member = await portal.CreateMemberAsync();
        await using var db = Db();
        db.ContestVotes.Add(PublicVote.Cast(nominationId, entries[0], member.Id, null, DateTimeOffset.UtcNow));
        db.ContestVotes.Add(PublicVote.Cast(nominationId, entries[0], member.Id, null, DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task CastAsync_AfterThePhaseCloses_Refused()
    {
        var (nominationId, entries) = await NominationAsync(ContestPhase.PublicEvaluation, entries: 2);
        var member = PrincipalOf((await portal.CreateMemberAsync()).Id);
        Assert.True((await Service<PublicVoting>().CastAsync(member, entries[0], null)).IsSuccess);

        var admin = PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);
        Assert.True((await Service<ContestAdministration>().MovePhaseAsync(admin, nominationId, ContestPhase.Results)).IsSuccess);

        Assert.Equal(ContestErrors.VotingClosed, (await Service<PublicVoting>().CastAsync(member, entries[1], null)).Error);
        Assert.Equal(ContestErrors.VotingClosed, (await Service<PublicVoting>().WithdrawAsync(member, entries[0])).Error);
    }

    [Fact]
    public async Task CastAsync_UnconfirmedEmailOrOverTheLimit_Refused()
    {
        var (_, entries) = await NominationAsync(ContestPhase.PublicEvaluation, entries: 4);
        var unconfirmed = PrincipalOf((await portal.CreateMemberAsync(confirmed: false)).Id);
        Assert.Equal(ContestErrors.EmailNotConfirmed, (await Service<PublicVoting>().CastAsync(unconfirmed, entries[0], null)).Error);

        var member = PrincipalOf((await portal.CreateMemberAsync()).Id);
        for (var i = 0; i < 3; i++) Assert.True((await Service<PublicVoting>().CastAsync(member, entries[i], null)).IsSuccess);
        Assert.Equal(ContestErrors.VoteLimitReached, (await Service<PublicVoting>().CastAsync(member, entries[3], null)).Error);
        Assert.True((await Service<PublicVoting>().WithdrawAsync(member, entries[0])).IsSuccess);
        Assert.True((await Service<PublicVoting>().CastAsync(member, entries[3], null)).IsSuccess);
    }

    [Fact]
    public async Task SaveAsync_BadInput_EachRefusedAndAudited()
    {
        var (nominationId, entries) = await NominationAsync(ContestPhase.JuryScoring, entries: 2, panel: ["juror1", "juror3"]);
        var juror = PrincipalOf((await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id);
        var outsider = PrincipalOf((await portal.MemberByEmailAsync("juror2@demo.egov.ua")).Id);
        var criterion = await CriterionAsync(nominationId);
        var scoring = Service<JuryScoring>();

        Assert.Equal(ContestErrors.ScoreOutOfScale.Code, (await scoring.SaveAsync(juror, entries[0], new Dictionary<Guid, double> { [criterion] = 11 }, "", false)).Error!.Code);
        Assert.Equal(ContestErrors.NotOnPanel, (await scoring.SaveAsync(outsider, entries[0], new Dictionary<Guid, double> { [criterion] = 5 }, "", false)).Error);
        Assert.Equal(ContestErrors.ScoreMissing, (await scoring.SaveAsync(juror, entries[0], new Dictionary<Guid, double>(), "", true)).Error);

        var saved = await scoring.SaveAsync(juror, entries[0], new Dictionary<Guid, double> { [criterion] = 7 }, "Добре", false);
        Assert.True(saved.IsSuccess);
        var changed = await scoring.SaveAsync(juror, entries[0], new Dictionary<Guid, double> { [criterion] = 8 }, "Добре", true);
        Assert.True(changed.IsSuccess);
        Assert.Equal(ContestErrors.AlreadySubmitted, (await scoring.SaveAsync(juror, entries[0], new Dictionary<Guid, double> { [criterion] = 9 }, "", false)).Error);

        Assert.True((await scoring.DeclareConflictAsync(juror, entries[1], "Я консультувала цей проєкт")).IsSuccess);
        Assert.Equal(ContestErrors.Conflicted, (await scoring.SaveAsync(juror, entries[1], new Dictionary<Guid, double> { [criterion] = 5 }, "", false)).Error);

        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        Assert.Equal(CommonErrors.Forbidden, (await scoring.LockAsync(juror, nominationId)).Error);
        Assert.True((await scoring.LockAsync(chair, nominationId)).IsSuccess);
        var juror3 = PrincipalOf((await portal.MemberByEmailAsync("juror3@demo.egov.ua")).Id);
        Assert.Equal(ContestErrors.ScoringLocked, (await scoring.SaveAsync(juror3, entries[0], new Dictionary<Guid, double> { [criterion] = 5 }, "", false)).Error);

        await using var db = Db();
        var audit = await db.AuditEntries.Where(a => a.Subject == ContestAudit.Entry(entries[0]) && a.Action == ContestAudit.ScoreChanged).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.Before != null && a.Before.EndsWith(": 7", StringComparison.Ordinal) && a.After!.EndsWith(": 8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_Juror2FromVinnytsia_ConflictedOnVinnytsiasEntry()
    {
        await using var db = Db();
        var entry = await db.ContestEntries.SingleAsync(e => e.Title == ContestDemoData.VinnytsiaEntry);
        var juror2 = PrincipalOf((await portal.MemberByEmailAsync("juror2@demo.egov.ua")).Id);
        Assert.Equal(ContestErrors.Conflicted, (await Service<JuryScoring>().FormAsync(juror2, entry.Id)).Error);
        var session = await Service<PanelSessions>().GetAsync(entry.NominationId);
        Assert.Equal(CellState.Conflicted, session!.Snapshot.Cell((await portal.MemberByEmailAsync("juror2@demo.egov.ua")).Id, entry.Id).State);
    }

    [Fact]
    public async Task SubmitAsync_MissingFieldKeepsDraftAndSuccessSendsConfirmation()
    {
        var (nominationId, _) = await NominationAsync(ContestPhase.Registration, entries: 0);
        var member = await portal.CreateMemberAsync();
        var user = PrincipalOf(member.Id);
        await using var db = Db();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var form = new EntryForm(nominationId, "Чат-бот громади", community, "Опис", "Результати", "", "Інструкція", "bot@x.ua");
        var registration = Service<ContestRegistration>();

        var refused = await registration.SubmitAsync(user, null, form);
        Assert.Equal("Costs", refused.Error!.Field);
        var draft = await registration.SaveDraftAsync(user, null, form);
        Assert.True(draft.IsSuccess);
        var submitted = await registration.SubmitAsync(user, draft.Value, form with { Costs = "50 тис. грн" });
        Assert.True(submitted.IsSuccess);

        var mail = Service<Outbox>();
        Assert.Contains(mail.List(), m => m.To == member.Email);
    }

    [Fact]
    public async Task PublishAsync_AfterLockAndApproval_MarksTheWinnerAndExports()
    {
        var (nominationId, entries) = await NominationAsync(ContestPhase.JuryScoring, entries: 2, panel: ["juror3"]);
        var juror = PrincipalOf((await portal.MemberByEmailAsync("juror3@demo.egov.ua")).Id);
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var criterion = await CriterionAsync(nominationId);
        Assert.True((await Service<JuryScoring>().SaveAsync(juror, entries[0], new Dictionary<Guid, double> { [criterion] = 9 }, "", true)).IsSuccess);
        Assert.True((await Service<JuryScoring>().SaveAsync(juror, entries[1], new Dictionary<Guid, double> { [criterion] = 4 }, "", true)).IsSuccess);
        var administration = Service<ContestAdministration>();

        Assert.Equal(ContestErrors.ScoringNotLocked, (await administration.ApproveAsync(chair, nominationId)).Error);
        Assert.Equal(ContestErrors.ResultsNotApproved, (await administration.PublishAsync(chair, nominationId)).Error);
        Assert.True((await Service<JuryScoring>().LockAsync(chair, nominationId)).IsSuccess);
        Assert.True((await administration.ApproveAsync(chair, nominationId)).IsSuccess);
        Assert.True((await administration.PublishAsync(chair, nominationId)).IsSuccess);

        await using var db = Db();
        var winner = await db.ContestEntries.SingleAsync(e => e.NominationId == nominationId && e.IsWinner);
        Assert.Equal(entries[0], winner.Id);
        var results = Service<ContestResults>();
        var view = (await results.VisibleAsync(PrincipalOf(Guid.NewGuid()), nominationId))!;
        Assert.Equal([1, 2], view.Rows.Select(r => r.Rank));
        Assert.Equal(90, view.Rows[0].Jury, 6);
        Assert.StartsWith("PK", System.Text.Encoding.ASCII.GetString(results.Xlsx(view), 0, 2), StringComparison.Ordinal);
        Assert.Contains("Заявка 0", System.Text.Encoding.UTF8.GetString(results.Csv(view)), StringComparison.Ordinal);
        var pdf = await results.ProtocolAsync(view);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_ForTheApplicant_AndTheNominationsJuryOnceSubmitted_NotOtherContestRoles_AndCheckedByContent()
    {
        var (nominationId, _) = await NominationAsync(ContestPhase.Registration, entries: 0, panel: ["juror1"]);
        var applicant = PrincipalOf((await portal.CreateMemberAsync()).Id);
        await using var db = Db();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var form = new EntryForm(nominationId, "Заявка з файлом", community, "Опис", "Результати", "10 тис. грн", "Інструкція", "a@x.ua");
        var registration = Service<ContestRegistration>();
        var entryId = (await registration.SaveDraftAsync(applicant, null, form)).Value;
        var pdf = "%PDF-1.4\n%звіт\n"u8.ToArray();
        var page = "<html><script>alert(1)</script></html>"u8.ToArray();

        Assert.Equal(ContestErrors.AttachmentType, (await registration.AttachAsync(applicant, entryId, "звіт.pdf", page.Length, new MemoryStream(page))).Error);
        Assert.True((await registration.AttachAsync(applicant, entryId, "звіт.pdf", pdf.Length, new MemoryStream(pdf))).IsSuccess);
        var attachmentId = (await registration.AttachmentsAsync(entryId)).Single().Id;
        var panelJuror = PrincipalOf((await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id);
        var otherJuror = PrincipalOf((await portal.MemberByEmailAsync("juror2@demo.egov.ua")).Id);

        Assert.NotNull(await registration.OpenAttachmentAsync(applicant, attachmentId));
        Assert.Null(await registration.OpenAttachmentAsync(panelJuror, attachmentId));
        Assert.Null(await registration.OpenAttachmentAsync(otherJuror, attachmentId));
        Assert.True((await registration.SubmitAsync(applicant, entryId, form)).IsSuccess);
        Assert.NotNull(await registration.OpenAttachmentAsync(panelJuror, attachmentId));
        Assert.Null(await registration.OpenAttachmentAsync(otherJuror, attachmentId));
    }

    private CollabDbContext Db() => Service<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    private async Task<Guid> CriterionAsync(Guid nominationId)
    {
        await using var db = Db();
        return await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();
    }

    private Task<(Guid NominationId, List<Guid> Entries)> NominationAsync(ContestPhase phase, int entries, string[]? panel = null) =>
        ContestTestNominations.CreateAsync(portal, phase, entries, panel);
}
