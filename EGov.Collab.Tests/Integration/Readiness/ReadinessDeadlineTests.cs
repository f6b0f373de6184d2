using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Readiness;

/// <summary>Issue #23.10: a campaign deadline, and one reminder before it to each respondent still at work (bell and mail).</summary>
[Collection(SharedPortal.Name)]
public sealed class ReadinessDeadlineTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private async Task<CollabDbContext> DbAsync() => await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Reminder_OnceBeforeTheDeadline_ToRespondentsStillAtWork_InTheirLanguage()
    {
        const int year = 2087;
        var admin = PrincipalOf((await portal.MemberByEmailAsync($"admin@{DemoData.EmailDomain}")).Id);
        await using (var db = await DbAsync())
        {
            db.ReadinessMethodologies.Add(ReadinessMethodology.Create(ReadinessDemoMethodology.For(year), DateTimeOffset.UtcNow).Value);
            await db.SaveChangesAsync();
        }
        Assert.True((await Service<ReadinessCampaigns>().OpenAsync(admin, year)).IsSuccess);
        var atWork = await RespondentAsync("en-US", year);
        var job = Service<ReadinessDeadlineReminderJob>();
        var now = Service<TimeProvider>().GetUtcNow();

        Assert.True((await Service<ReadinessCampaigns>().SetDeadlineAsync(admin, year, now.AddDays(10))).IsSuccess);
        await job.RunAsync(CancellationToken.None); // ten days ahead: not yet
        Assert.Empty(await BellAsync(atWork.Id));
        Assert.True((await Service<ReadinessCampaigns>().SetDeadlineAsync(admin, year, now.AddDays(2))).IsSuccess);
        await Task.WhenAll(job.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));
        await job.RunAsync(CancellationToken.None);

        var bell = Assert.Single(await BellAsync(atWork.Id));
        Assert.Equal((NotificationTypes.ReadinessDeadlineSoon.Key, "/readiness/questionnaire"), (bell.TextKey, bell.Link));
        var mail = Assert.Single(Service<Outbox>().List(5000), m => m.To.Contains(atWork.Email!, StringComparison.OrdinalIgnoreCase));
        var text = (await Service<Outbox>().ReadAsync(mail.FileName))!.TextBody;
        Assert.Contains($"for {year} is due by", text, StringComparison.Ordinal);
        Assert.NotNull((await Service<ReadinessCampaigns>().ListAsync(admin)).Single(r => r.Year == year).Deadline);
    }

    [Fact]
    public async Task Deadline_InThePast_OrByANonAdministrator_IsRefused()
    {
        var admin = PrincipalOf((await portal.MemberByEmailAsync($"admin@{DemoData.EmailDomain}")).Id);
        var reviewer = PrincipalOf((await portal.MemberByEmailAsync($"reviewer@{DemoData.EmailDomain}")).Id);
        var now = Service<TimeProvider>().GetUtcNow();

        Assert.Equal(CommonErrors.Invalid("Deadline"), (await Service<ReadinessCampaigns>().SetDeadlineAsync(admin, ReadinessDemoData.CurrentYear, now.AddDays(-1))).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Service<ReadinessCampaigns>().SetDeadlineAsync(reviewer, ReadinessDemoData.CurrentYear, now.AddDays(5))).Error);
        Assert.Equal(ReadinessCampaigns.CampaignMissing, (await Service<ReadinessCampaigns>().SetDeadlineAsync(admin, 2099, now.AddDays(5))).Error);
    }

    [Fact]
    public async Task AfterTheDeadline_AQuestionnaireInProgress_IsClosed_AndRefusesAnswersInWords_KeepingWhatWasSaved()
    {
        const int year = 2088;
        var admin = PrincipalOf((await portal.MemberByEmailAsync($"admin@{DemoData.EmailDomain}")).Id);
        await using (var db = await DbAsync())
        {
            db.ReadinessMethodologies.Add(ReadinessMethodology.Create(ReadinessDemoMethodology.For(year), DateTimeOffset.UtcNow).Value);
            await db.SaveChangesAsync();
        }
        Assert.True((await Service<ReadinessCampaigns>().OpenAsync(admin, year)).IsSuccess);
        var respondent = PrincipalOf((await RespondentAsync("uk-UA", year)).Id);
        var questionnaires = Service<ReadinessQuestionnaires>();
        var now = Service<TimeProvider>().GetUtcNow();
        Assert.True((await Service<ReadinessCampaigns>().SetDeadlineAsync(admin, year, now.AddDays(5))).IsSuccess);
        var open = (await questionnaires.MineAsync(respondent, year))!;
        var indicator = open.Definition.Indicators.First(i => !i.EvidenceRequired);
        Assert.True(open.AcceptsAnswers);
        Assert.True((await questionnaires.SaveAnswerAsync(respondent, open.Questionnaire.Id, indicator.Code, 1m, null)).IsSuccess);

        await using (var db = await DbAsync()) // the deadline passes while the respondent is still at work
            await db.ReadinessCampaigns.Where(c => c.Year == year).ExecuteUpdateAsync(u => u.SetProperty(c => c.Deadline, now.AddMinutes(-1)));

        Assert.Equal(ReadinessErrors.DeadlinePassed, (await questionnaires.SaveAnswerAsync(respondent, open.Questionnaire.Id, indicator.Code, 0m, null)).Error);
        Assert.Equal([ReadinessErrors.DeadlinePassed], await questionnaires.SubmitAsync(respondent, open.Questionnaire.Id));
        var closed = (await questionnaires.MineAsync(respondent, year))!;
        Assert.True(closed.ClosedByDeadline);
        Assert.False(closed.AcceptsAnswers);
        Assert.Equal(1m, closed.Questionnaire.AnswerTo(indicator.Code)!.Value);
        Assert.Equal(QuestionnaireStatus.InProgress, closed.Questionnaire.Status);
        foreach (var (culture, words) in new[] { ("uk-UA", "Строк подання анкети минув"), ("en-US", "deadline has passed") })
        {
            using var _ = TestCulture.Use(culture);
            var l = Service<Microsoft.Extensions.Localization.IStringLocalizer<ReadinessResource>>();
            Assert.Contains(words, ReadinessText.Error(l, ReadinessErrors.DeadlinePassed), StringComparison.Ordinal);
            Assert.False(l["Questionnaire.DeadlinePassed"].ResourceNotFound);
        }
    }

    private async Task<Member> RespondentAsync(string culture, int year)
    {
        var created = await portal.CreateMemberAsync();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            var member = (await users.FindByIdAsync(created.Id.ToString()))!;
            member.PreferredCulture = culture;
            Assert.True((await users.UpdateAsync(member)).Succeeded);
        }
        await using var db = await DbAsync();
        db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(created.Id, ModuleKey.Readiness, ModuleRole.Respondent, null, DateTimeOffset.UtcNow).Value);
        var body = ReadinessBody.Create($"Громада строку {Guid.NewGuid():N}", "", BodyGroup.Hromadas, null, null).Value;
        db.ReadinessBodies.Add(body);
        db.ReadinessQuestionnaires.Add(Questionnaire.Invite(year, body.Id, created.Id, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return created;
    }

    private async Task<List<(string TextKey, string Link)>> BellAsync(Guid memberId)
    {
        await using var db = await DbAsync();
        return (await db.Notifications.AsNoTracking().Where(n => n.MemberId == memberId).Select(n => new { n.TextKey, n.Link }).ToListAsync())
            .Select(n => (n.TextKey, n.Link)).ToList();
    }
}
