using System.Security.Claims;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Notifications;

/// <summary>Modules tell members through the one notifier: under the bell always, by mail as each type's preference says.</summary>
[Collection(SharedPortal.Name)]
public sealed class NotifierTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private async Task<List<(string TextKey, string Link)>> BellAsync(Guid memberId)
    {
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return (await db.Notifications.AsNoTracking().Where(n => n.MemberId == memberId).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.TextKey, n.Link }).ToListAsync()).Select(n => (n.TextKey, n.Link)).ToList();
    }

    private int MailsTo(string email, string contains) =>
        Service<Outbox>().List().Count(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Subject.Contains(contains, StringComparison.Ordinal));

    [Fact]
    public async Task JournalDecision_RingsTheBell_AndMailsUnlessTheAuthorTurnedThatTypeOff()
    {
        var author = await portal.CreateMemberAsync();
        var editor = PrincipalOf((await portal.MemberByEmailAsync($"editor@{DemoData.EmailDomain}")).Id);
        using var scope = portal.Services.CreateScope();
        var submissions = scope.ServiceProvider.GetRequiredService<SubmissionService>();
        var sections = await scope.ServiceProvider.GetRequiredService<ArticleService>().SectionsAsync();
        var title = "Сповіщення " + Guid.NewGuid().ToString("N")[..8];
        var id = (await submissions.SubmitAsync(PrincipalOf(author.Id), new ArticleForm { SectionId = sections[0].Id, Title = title, Body = "Текст" })).Value;

        Assert.True((await submissions.DecideAsync(editor, id, ModerationDecision.RequestChanges, "Додайте цифри")).IsSuccess);
        Assert.Equal(2, MailsTo(author.Email!, title));
        await Service<NotificationCenter>().SetPreferenceAsync(author.Id, NotificationTypes.JournalSubmissionDecided, byEmail: false);
        Assert.True((await submissions.ReviseAsync(PrincipalOf(author.Id), id, (await scope.ServiceProvider.GetRequiredService<ArticleService>().EditFormAsync(id, PrincipalOf(author.Id)))!)).IsSuccess);
        Assert.True((await submissions.DecideAsync(editor, id, ModerationDecision.Reject, "Не за темою")).IsSuccess);

        var bell = await BellAsync(author.Id);
        Assert.Equal([NotificationTypes.JournalSubmissionDecided.Key, NotificationTypes.JournalSubmissionDecided.Key], bell.Select(b => b.TextKey));
        Assert.Equal(3, MailsTo(author.Email!, title)); // received, changes requested, received again; not the rejection
    }

    [Fact]
    public async Task ReadinessReturnedAndVerified_TellTheRespondent()
    {
        var member = await portal.CreateMemberAsync();
        await ReadinessSeed.InviteAsync(portal.Services, member.Id, $"Громада сповіщень {Guid.NewGuid():N}", 2026);
        var respondent = PrincipalOf(member.Id);
        var (id, firstQuestion) = await ReadinessSeed.AnswerAndSubmitAsync(portal.Services, respondent);
        var reviewer = PrincipalOf((await portal.MemberByEmailAsync($"reviewer@{DemoData.EmailDomain}")).Id);

        Assert.True((await Service<ReadinessQuestionnaires>().ReturnAsync(reviewer, id, [(firstQuestion, "Додайте джерело")])).IsSuccess);
        Assert.Empty(await Service<ReadinessQuestionnaires>().SubmitAsync(respondent, id));
        Assert.True((await Service<ReadinessQuestionnaires>().VerifyAsync(reviewer, id)).IsSuccess);

        var bell = await BellAsync(member.Id);
        Assert.Equal([NotificationTypes.ReadinessReturned.Key, NotificationTypes.ReadinessVerified.Key], bell.Select(b => b.TextKey));
        Assert.All(bell, b => Assert.Equal("/readiness/questionnaire", b.Link));
    }

    [Fact]
    public async Task Preferences_DefaultPerType_ThenTheMembersChoice()
    {
        var member = await portal.CreateMemberAsync();
        var center = Service<NotificationCenter>();

        var before = await center.PreferencesAsync(member.Id);
        await center.SetPreferenceAsync(member.Id, NotificationTypes.DraftingConsultationClosing, byEmail: false);
        await center.SetPreferenceAsync(member.Id, NotificationTypes.ContestResults, byEmail: false);
        var after = await center.PreferencesAsync(member.Id);

        Assert.Equal(NotificationTypes.All.Count, before.Count);
        Assert.All(NotificationTypes.All, t => Assert.Equal(t.MailByDefault, before[t.Key]));
        Assert.False(after[NotificationTypes.DraftingConsultationClosing.Key]);
        Assert.False(after[NotificationTypes.ContestResults.Key]);
        Assert.True(after[NotificationTypes.DraftingInvited.Key]);
    }

    [Fact]
    public async Task EveryType_HasATextAndALabel_InBothLanguages()
    {
        var center = Service<NotificationCenter>();
        foreach (var culture in new[] { "uk-UA", "en-US" })
        {
            using var _ = TestCulture.Use(culture);
            foreach (var type in NotificationTypes.All)
            {
                Assert.NotEqual(type.Key, center.Format(type.Key, ["а", "б", "в"]));
                Assert.NotEqual(type.LabelKey, center.Format(type.LabelKey, []));
            }
        }
    }
}
