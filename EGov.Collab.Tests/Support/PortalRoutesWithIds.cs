using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.ExpertClub.Conversations;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Domain.Library;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Domain.Projects;
using EGov.Collab.Domain.Readiness;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// The pages whose address carries an id: each is named by its <c>@page</c> template and opened on a record of the demo data
/// of the scan's own portal, as the account meant to see it. The few records the demo data lacks (an invitation, a
/// conversation, a mail, a sent newsletter) are made on the first visit through the portal's services, as a user would.
/// </summary>
public static partial class PortalRoutes
{
    private const string Vinnytsia = "Вінницька міська рада";
    private const string QueueListing = "Open-source queue system for service centres";

    private static IEnumerable<Route> WithIds() =>
    [
        Shows("/admin/members/{Id:guid}", "admin", db => MemberIdAsync(db, "member1")),
        new("/admin/outbox/{FileName}", "admin") { Resolve = OutboxMessageAsync },
        Shows("/organisations/{Id:guid}", null, db => db.Organisations.Where(o => o.Name == Vinnytsia).Select(o => o.Id).SingleAsync()),
        new("/status/403"), new("/status/500"),

        new("/cities/" + CitiesDemoData.LvivHromada),
        new("/cities/" + CitiesDemoData.LvivHromada + "/edit", "citymanager"),

        Shows("/contest/nominations/{Id:guid}", null, ServicesNominationAsync),
        Shows("/contest/nominations/{Id:guid}/dashboard", "chair", ServicesNominationAsync),
        Shows("/contest/nominations/{Id:guid}/assignments", "chair", ServicesNominationAsync),
        Shows("/contest/nominations/{Id:guid}/form", "chair", ServicesNominationAsync),
        Shows("/contest/entries/{Id:guid}", "member1", LvivEntryAsync),
        Shows("/contest/entries/{Id:guid}/edit", "member1", LvivEntryAsync),
        Shows("/contest/entries/{Id:guid}/review", "expert1", LvivEntryAsync),
        // juror3 has scored it without submitting: the form is still open.
        Shows("/contest/entries/{Id:guid}/score", "juror3", LvivEntryAsync),

        Shows("/drafting/groups/{GroupId:guid}", "chair", db => db.WorkingGroups.Where(g => g.Name == DraftingDemoData.GroupName).Select(g => g.Id).SingleAsync()),
        Shows("/drafting/drafts/{DraftId:guid}", "member1", LawAsync),
        Shows("/drafting/drafts/{DraftId:guid}/edit", "chair", LawAsync),
        new("/drafting/invitations/{Id:guid}", "member2") { Resolve = InvitationAsync },

        Shows("/expert-club/experts/{MemberId:guid}", null, db => MemberIdAsync(db, "expert1")),
        Shows("/expert-club/rooms/{RoomId:guid}", "expert1", db => db.ClubRooms.Where(r => r.Name == ExpertClubDemoData.PublicRoom).Select(r => r.Id).SingleAsync()),
        Shows("/expert-club/topics/{TopicId:guid}", "expert1", db => db.ClubTopics.Where(t => t.Title == ExpertClubDemoData.PollTopic).Select(t => t.Id).SingleAsync()),
        new("/expert-club/messages/{ConversationId:guid}", "expert1") { Resolve = ConversationAsync },
        Shows("/expert-club/messages/with/{MemberId:guid}", "expert2", db => MemberIdAsync(db, "expert1")),

        Shows("/journal/articles/{Id:guid}", null, db => db.JournalArticles.Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.PublishedAt).Select(a => a.Id).FirstAsync()),
        Shows("/journal/articles/{Id:guid}/edit", "editor", db => db.JournalArticles.Where(a => a.Title == JournalDemoData.PendingSubmissionTitle).Select(a => a.Id).SingleAsync()),
        new("/journal/newsletter/issues/{Id:guid}", "editor") { Resolve = NewsletterIssueAsync },
        new("/journal/newsletter/archive/{Number:int}") { Resolve = SentNewsletterAsync },

        Shows("/learning/courses/{CourseId:guid}", "learner", CourseAsync),
        Shows("/learning/courses/{CourseId:guid}/edit", "admin", CourseAsync),
        // member1 learns in the open school of trainers; the demo learner's group has finished, which closes the quiz.
        Shows("/learning/lessons/{LessonId:guid}", "member1", FirstLessonAsync),
        Shows("/learning/quizzes/{QuizId:guid}", "member1", FinalQuizAsync),
        Shows("/learning/cohorts/{CohortId:guid}", "trainer", db => db.Cohorts.Where(c => c.Name == LearningDemoData.RegionalCohort).Select(c => c.Id).SingleAsync()),
        Shows("/verify/{Code}", null, db => db.Certificates.OrderBy(c => c.IssuedAt).Select(c => c.Code).FirstAsync()),

        Shows("/library/items/{Id:guid}", null, LibraryItemAsync),
        Shows("/library/items/{Id:guid}/edit", "librarian", LibraryItemAsync),

        Shows("/methodology/acts/{Id:guid}", null, db => db.LegalActs.Where(a => a.Identifier == "2155-19").Select(a => a.Id).SingleAsync()),
        Shows("/methodology/templates/{Id:guid}", "methodologist", db => db.MethodologyTemplates.Where(t => t.Title == MethodologyDemoData.FlaggedTemplateTitle).Select(t => t.Id).SingleAsync()),

        Shows("/practices/{Id:guid}", null, MemberPracticeAsync),
        Shows("/practices/{Id:guid}/edit", "member1", MemberPracticeAsync),

        Shows("/projects/{Id:guid}", null, QueueListingAsync),
        Shows("/projects/{Id:guid}/edit", "expert2", QueueListingAsync),
        Shows("/projects/interests/{Id:guid}", "citymanager", CityManagerInterestAsync),

        new("/readiness/methodology/" + ReadinessDemoData.CurrentYear),
        new("/readiness/methodology/" + ReadinessDemoData.CurrentYear + "/edit", "admin"),
        new("/readiness/results/" + ReadinessDemoData.CurrentYear),
        new("/readiness/results/{Year:int}/{BodyId:guid}") { Resolve = BodyResultAsync },
        Shows("/readiness/review/{Id:guid}", "reviewer", VinnytsiaQuestionnaireAsync),
    ];

    /// <summary>Whether <paramref name="path"/> (a real address) is an address of the <c>@page</c> <paramref name="template"/>.</summary>
    public static bool Matches(string template, string path) =>
        template == path || Regex.IsMatch(path, "^" + Parameter().Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$",
            RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("\\{[^}]*}")]
    private static partial Regex Parameter();

    /// <summary>A page opened on the record <paramref name="find"/> gives (the one parameter of <paramref name="template"/>).</summary>
    private static Route Shows<T>(string template, string? account, Func<CollabDbContext, Task<T>> find) where T : notnull =>
        new(template, account)
        {
            Resolve = async services =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
                var id = Uri.EscapeDataString(Convert.ToString(await find(db), CultureInfo.InvariantCulture)!);
                return Parameter().Replace(template, id, 1);
            },
        };

    private static Task<Guid> MemberIdAsync(CollabDbContext db, string account) =>
        db.Users.Where(u => u.Email == $"{account}@{DemoData.EmailDomain}").Select(u => u.Id).SingleAsync();

    private static Task<Guid> ServicesNominationAsync(CollabDbContext db) =>
        db.ContestNominations.Where(n => n.Title == ContestDemoData.ServicesNomination).Select(n => n.Id).SingleAsync();

    private static Task<Guid> LvivEntryAsync(CollabDbContext db) =>
        db.ContestEntries.Where(e => e.Title == ContestDemoData.LvivEntry).Select(e => e.Id).SingleAsync();

    private static Task<Guid> LawAsync(CollabDbContext db) =>
        db.Drafts.Where(d => d.Title == DraftingDemoData.LawTitle).Select(d => d.Id).SingleAsync();

    private static Task<Guid> CourseAsync(CollabDbContext db) =>
        db.Courses.Where(c => c.Title == LearningDemoData.CourseTitle).Select(c => c.Id).SingleAsync();

    private static async Task<Guid> FirstLessonAsync(CollabDbContext db)
    {
        var course = await CourseAsync(db);
        return await db.Lessons.Where(l => l.CourseId == course).OrderBy(l => l.Order).Select(l => l.Id).FirstAsync();
    }

    private static async Task<Guid> FinalQuizAsync(CollabDbContext db)
    {
        var course = await CourseAsync(db);
        return await db.CourseQuizzes.Where(q => q.CourseId == course).Select(q => q.Id).SingleAsync();
    }

    private static Task<Guid> LibraryItemAsync(CollabDbContext db) =>
        db.LibraryItems.Where(i => i.Status == LibraryItemStatus.Published && i.EmbargoUntil == null).OrderBy(i => i.PublishedAt).Select(i => i.Id).FirstAsync();

    private static async Task<Guid> MemberPracticeAsync(CollabDbContext db)
    {
        var member = await MemberIdAsync(db, "member1");
        return await db.Practices.Where(p => p.Status == PracticeStatus.Published && p.AuthorId == member).OrderBy(p => p.CreatedAt).Select(p => p.Id).FirstAsync();
    }

    private static Task<Guid> QueueListingAsync(CollabDbContext db) =>
        db.ProjectListings.Where(l => l.TitleEn == QueueListing && l.Status == ListingStatus.Published).Select(l => l.Id).SingleAsync();

    private static async Task<Guid> CityManagerInterestAsync(CollabDbContext db)
    {
        var listing = await QueueListingAsync(db);
        var manager = await MemberIdAsync(db, "citymanager");
        return await db.ProjectInterests.Where(i => i.ListingId == listing && i.MemberId == manager).Select(i => i.Id).SingleAsync();
    }

    private static async Task<Guid> VinnytsiaQuestionnaireAsync(CollabDbContext db)
    {
        var body = await VinnytsiaBodyAsync(db);
        return await db.ReadinessQuestionnaires.Where(q => q.Year == ReadinessDemoData.CurrentYear && q.BodyId == body).Select(q => q.Id).SingleAsync();
    }

    private static async Task<string> BodyResultAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return $"/readiness/results/{ReadinessDemoData.CurrentYear}/{await VinnytsiaBodyAsync(db)}";
    }

    private static Task<Guid> VinnytsiaBodyAsync(CollabDbContext db) =>
        db.ReadinessBodies.Where(b => b.NameUk == Vinnytsia).Select(b => b.Id).SingleAsync();

    /// <summary>The demo data has no newsletter issue: the first visit has one generated from the demo articles, as an editor would.</summary>
    private static async Task<string> NewsletterIssueAsync(IServiceProvider services) =>
        $"/journal/newsletter/issues/{await NewsletterIssueIdAsync(services)}";

    private static async Task<Guid> NewsletterIssueIdAsync(IServiceProvider services)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            if (await db.NewsletterIssues.OrderBy(i => i.Number).Select(i => (Guid?)i.Id).FirstOrDefaultAsync() is { } existing)
                return existing;
        }
        await using var scope = services.CreateAsyncScope();
        var generated = await scope.ServiceProvider.GetRequiredService<NewsletterGenerator>().GenerateAsync();
        return generated.IssueId ?? throw new InvalidOperationException("The demo data gave nothing for a newsletter issue.");
    }

    /// <summary>The archive shows sent issues only: the editor approves the first one (sending it to the demo subscribers).</summary>
    private static async Task<string> SentNewsletterAsync(IServiceProvider services)
    {
        var issueId = await NewsletterIssueIdAsync(services);
        await using var scope = services.CreateAsyncScope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            var issue = await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => new { i.Number, i.Status }).SingleAsync();
            if (issue.Status != IssueStatus.Draft) return $"/journal/newsletter/archive/{issue.Number}";
        }
        var approved = await scope.ServiceProvider.GetRequiredService<NewsletterIssues>().ApproveAsync(await PrincipalAsync(scope, "editor"), issueId);
        if (!approved.IsSuccess) throw new InvalidOperationException($"The editor could not approve the demo issue: {approved.Error}");
        return await SentNewsletterAsync(services);
    }

    /// <summary>The chair invites member2 to the programme's group (the demo data has no invitation waiting).</summary>
    private static async Task<string> InvitationAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var programmeGroup = await PendingInvitationAsync(scope);
        if (programmeGroup.Invitation is { } pending) return $"/drafting/invitations/{pending}";
        var invited = await scope.ServiceProvider.GetRequiredService<WorkingGroups>()
            .InviteMemberAsync(await PrincipalAsync(scope, "chair"), programmeGroup.Id, programmeGroup.Member2);
        return $"/drafting/invitations/{(invited.IsSuccess ? invited.Value : throw new InvalidOperationException($"The chair could not invite member2: {invited.Error}"))}";
    }

    private static async Task<(Guid Id, Guid Member2, Guid? Invitation)> PendingInvitationAsync(AsyncServiceScope scope)
    {
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var group = await db.WorkingGroups.Where(g => g.Name == DraftingDemoData.ProgrammeGroupName).Select(g => g.Id).SingleAsync();
        var member2 = await MemberIdAsync(db, "member2");
        var invitation = await db.GroupInvitations.Where(i => i.GroupId == group && i.Status == InvitationStatus.Pending)
            .Select(i => (Guid?)i.Id).FirstOrDefaultAsync();
        return (group, member2, invitation);
    }

    /// <summary>A mail in the outbox: the invitation's, so it is there once the invitation is.</summary>
    private static async Task<string> OutboxMessageAsync(IServiceProvider services)
    {
        await InvitationAsync(services);
        var mail = services.GetRequiredService<Outbox>().List().OrderBy(m => m.WrittenAt).First();
        return $"/admin/outbox/{Uri.EscapeDataString(mail.FileName)}";
    }

    /// <summary>expert1 writes to expert2 (the demo data has no conversation).</summary>
    private static async Task<string> ConversationAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            if (await db.ClubConversations.Select(c => (Guid?)c.Id).FirstOrDefaultAsync() is { } existing)
                return $"/expert-club/messages/{existing}";
        }
        Guid expert2;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            expert2 = await MemberIdAsync(db, "expert2");
        var sent = await scope.ServiceProvider.GetRequiredService<ClubConversations>()
            .SendAsync(await PrincipalAsync(scope, "expert1"), expert2, "Богдане, гляньте, будь ласка, технічну частину висновку.");
        return $"/expert-club/messages/{(sent.IsSuccess ? sent.Value.ConversationId : throw new InvalidOperationException($"expert1 could not write to expert2: {sent.Error}"))}";
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(AsyncServiceScope scope, string account)
    {
        var member = await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByEmailAsync($"{account}@{DemoData.EmailDomain}")
            ?? throw new InvalidOperationException($"No demo account {account}.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<Member>>().CreateAsync(member);
    }
}
