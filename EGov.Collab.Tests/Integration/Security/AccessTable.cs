using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Library;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>
/// Who may GET each route of the portal, written down by hand and reviewed against the modules' rules: the expectation
/// <see cref="AccessMatrixTests"/> judges the portal by. It is deliberately not derived from the endpoints' own
/// authorisation metadata or from the page code: a page whose <c>[Authorize]</c> or access check is missing or wrong
/// answers differently from this table and fails the matrix.
/// <para>
/// One row per route template (the <c>@page</c> or mapped pattern, exactly as the app's endpoint list spells it); a
/// template may have several rows when the answer depends on the record (a members-only draft and a draft in
/// consultation). A row's <see cref="Row.Sample"/> opens the route on a demo record; without one the route is opened
/// with ids that exist nowhere and every role must be refused (404). A route that answers GET is judged on GET; a
/// route that answers POST only is judged on a POST without an antiforgery token.
/// </para>
/// Roles are the visitor and the demo accounts of <see cref="DemoData.Accounts"/>, by the local part of their email.
/// </summary>
internal static class AccessTable
{
    public const string Visitor = "visitor";

    public static readonly IReadOnlyList<string> Accounts = DemoData.Accounts.Select(a => a.LocalPart).ToList();

    public static IReadOnlyList<string> Roles => [Visitor, .. Accounts];

    /// <summary>A set of roles.</summary>
    public sealed record Who(IReadOnlySet<string> Roles, string Name)
    {
        public bool Allows(string role) => Roles.Contains(role);

        public override string ToString() => Name;
    }

    private static Who Everyone => new(new HashSet<string>(AccessTable.Roles), "everyone");

    private static Who Members => new(new HashSet<string>(Accounts), "every signed-in member");

    private static Who Nobody => new(new HashSet<string>(), "nobody");

    private static Who VisitorsOnly => new(new HashSet<string> { Visitor }, "visitors only");

    private static Who Only(params string[] roles)
    {
        var unknown = roles.Where(r => !AccessTable.Roles.Contains(r)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"Not a role of the matrix: {string.Join(", ", unknown)}");
        return new(new HashSet<string>(roles), string.Join(", ", roles));
    }

    /// <summary>Who may GET the route, and how it is opened.</summary>
    /// <param name="Template">the route pattern as the endpoint list spells it</param>
    /// <param name="Allowed">the roles that must be served (2xx, or a redirect elsewhere if <see cref="Redirects"/>); every other role must be refused</param>
    /// <param name="Why">the rule, in words</param>
    public sealed record Row(string Template, Who Allowed, string Why)
    {
        /// <summary>Finds a demo record and gives the real address; null: the template with ids that exist nowhere.</summary>
        public Func<IServiceProvider, Task<string>>? Sample { get; init; }

        /// <summary>The route's normal answer is a redirect (a language switch, a tracked link), not a page.</summary>
        public bool Redirects { get; init; }

        /// <summary>A refused role is sent elsewhere (not to sign in): the route's own refusal is a redirect.</summary>
        public bool RefusesByRedirect { get; init; }

        /// <summary>Opening the route signs the member out (the matrix signs in again after it).</summary>
        public bool EndsSession { get; init; }

        public override string ToString() => $"{Template} ({Allowed}: {Why})";
    }

    private static Row Page(string template, Who allowed, string why) => new(template, allowed, why);

    /// <summary>Opened on the record <see cref="PortalRoutes"/> (the route scan) opens it on.</summary>
    private static Row Demo(string template, Who allowed, string why) => new(template, allowed, why) { Sample = DemoSample(template) };

    private static Row At(string template, string path, Who allowed, string why) => new(template, allowed, why) { Sample = _ => Task.FromResult(path) };

    private static Row On<T>(string template, Func<CollabDbContext, Task<T>> find, Who allowed, string why, string suffix = "") where T : notnull =>
        new(template, allowed, why)
        {
            Sample = async services =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
                var id = Uri.EscapeDataString(Convert.ToString(await find(db), System.Globalization.CultureInfo.InvariantCulture)!);
                var first = template.IndexOf('{', StringComparison.Ordinal);
                var end = template.IndexOf('}', first);
                return template[..first] + id + template[(end + 1)..] + suffix;
            },
        };

    /// <summary>Opened with ids that exist nowhere: every role must be refused.</summary>
    private static Row Unknown(string template, string why) => new(template, Nobody, "no such record: " + why);

    private static Func<IServiceProvider, Task<string>> DemoSample(string template)
    {
        var route = PortalRoutes.All.SingleOrDefault(r => r.Path == template && r.Resolve is not null)
            ?? throw new InvalidOperationException($"PortalRoutes opens no demo record on {template}.");
        return route.Resolve!;
    }

    private static Task<Guid> LawAsync(CollabDbContext db) =>
        db.Drafts.Where(d => d.Title == DraftingDemoData.LawTitle).Select(d => d.Id).SingleAsync();

    private static Task<Guid> ProgrammeAsync(CollabDbContext db) =>
        db.Drafts.Where(d => d.Title == DraftingDemoData.ProgrammeTitle).Select(d => d.Id).SingleAsync();

    private static Task<Guid> ServicesNominationAsync(CollabDbContext db) =>
        db.ContestNominations.Where(n => n.Title == ContestDemoData.ServicesNomination).Select(n => n.Id).SingleAsync();

    private static Task<Guid> PublicLibraryItemAsync(CollabDbContext db) =>
        db.LibraryItems.Where(i => i.Status == LibraryItemStatus.Published && i.EmbargoUntil == null).OrderBy(i => i.PublishedAt).Select(i => i.Id).FirstAsync();

    // The law's working group is members-only: its chair, member1, member2 and expert1.
    private static readonly string[] LawGroup = ["chair", "member1", "member2", "expert1"];

    private static readonly string[] Admin = ["admin"];

    public static readonly IReadOnlyList<Row> Rows =
    [
        // Shell and search
        Page("/", Everyone, "the home page"),
        At("/search", "/search?q=" + Uri.EscapeDataString("портал"), Everyone, "portal search (results filtered per reader)"),
        At("/search/suggest", "/search/suggest?q=" + Uri.EscapeDataString("портал"), Everyone, "search suggestions"),
        Page("/not-found", Nobody, "the not-found page answers 404"),
        Page("/status/404", Nobody, "the not-found page answers 404"),
        At("/status/{Code:int}", "/status/403", Nobody, "the status page answers with its code"),
        Page("/Error", Everyone, "the error page (the exception handler re-executes it)"),
        At("/culture", "/culture?culture=en-US&returnUrl=%2F", Everyone, "the language switch") with { Redirects = true },
        Demo("/organisations/{Id:guid}", Everyone, "an approved organisation's public page"),

        // Account
        Page("/Account/Login", Everyone, "the sign-in form"),
        Page("/Account/Register", Everyone, "the registration form"),
        Page("/Account/ForgotPassword", Everyone, "the forgot-password form"),
        Page("/Account/ResendEmailConfirmation", Everyone, "the resend-confirmation form"),
        Page("/Account/ForgotPasswordConfirmation", Everyone, "an information page"),
        Page("/Account/RegisterConfirmation", Everyone, "an information page"),
        Page("/Account/ResetPasswordConfirmation", Everyone, "an information page"),
        Page("/Account/InvalidPasswordReset", Everyone, "an information page"),
        Page("/Account/InvalidUser", Everyone, "an information page; it signs a signed-in member out") with { EndsSession = true },
        Page("/Account/Lockout", Everyone, "an information page"),
        Page("/Account/AccessDenied", Nobody, "the refusal page itself"),
        Page("/Account/Deleted", Everyone, "an information page"),
        Page("/Account/ConfirmEmail", Everyone, "a mailed token link; without a token it says the link is invalid"),
        Page("/Account/ConfirmEmailChange", Everyone, "a mailed token link; without a token it says the link is invalid"),
        Page("/Account/ResetPassword", Everyone, "a mailed token link; without a token it sends to the invalid-link page") with { Redirects = true },
        Page("/Account/LoginWith2fa", Nobody, "only between a password and its second factor"),
        Page("/Account/Manage", Members, "one's own profile"),
        Page("/Account/Manage/Email", Members, "one's own address"),
        Page("/Account/Manage/ChangePassword", Members, "one's own password"),
        Page("/Account/Manage/PersonalData", Members, "one's own personal data"),
        Page("/Account/Manage/DeletePersonalData", Members, "one's own account"),
        Page("/Account/Manage/TwoFactor", Members, "one's own authenticator"),
        Page("/Account/Logout", Nobody, "POST only; without an antiforgery token refused"),
        Page("/Account/Manage/DownloadPersonalData", Nobody, "POST only; without an antiforgery token refused"),
        Page("/notifications", Members, "one's own notifications"),
        Page("/notifications/preferences", Members, "one's own preferences"),

        // Administration: portal administrators only
        Page("/admin", Only(Admin), "administration"),
        Page("/admin/members", Only(Admin), "administration"),
        Demo("/admin/members/{Id:guid}", Only(Admin), "administration"),
        Page("/admin/organisations", Only(Admin), "administration"),
        Page("/admin/modules", Only(Admin), "administration"),
        Page("/admin/audit", Only(Admin), "administration"),
        Page("/admin/outbox", Only(Admin), "administration"),
        Demo("/admin/outbox/{FileName}", Only(Admin), "administration"),
        Page("/admin/search", Only(Admin), "administration"),

        // Cities
        Page("/cities", Everyone, "the public catalogue"),
        At("/cities/{Code}", "/cities/" + CitiesDemoData.LvivHromada, Everyone, "a community's public cabinet"),
        At("/cities/compare", "/cities/compare?codes=" + CitiesDemoData.LvivHromada + "," + CitiesDemoData.KulykivHromada, Everyone, "public comparison"),
        At("/cities/{Code}/edit", "/cities/" + CitiesDemoData.LvivHromada + "/edit", Only("admin", "citymanager"), "the community's city manager and administrators"),
        Page("/cities/admin", Only(Admin), "administration"),
        Page("/cities/export.csv", Everyone, "open data"),
        At("/cities/{code}.json", "/cities/" + CitiesDemoData.LvivHromada + ".json", Everyone, "open data"),
        At("/cities/{code}/coat-of-arms", "/cities/no-such-thing/coat-of-arms", Nobody, "no such community"),

        // Contest
        Page("/contest", Everyone, "the public contest page"),
        Page("/contest/winners", Everyone, "public results"),
        Demo("/contest/nominations/{Id:guid}", Everyone, "a public nomination"),
        Page("/contest/register", Members, "any member may apply"),
        Page("/contest/my", Members, "one's own entries"),
        Page("/contest/jury", Members, "one's own jury work (empty for others)"),
        Page("/contest/admin", Only(Admin), "contest administration"),
        Page("/contest/admin/editions", Only(Admin), "contest administration"),
        Demo("/contest/nominations/{Id:guid}/dashboard", Only("admin", "chair"), "the jury chair and administrators"),
        Demo("/contest/nominations/{Id:guid}/assignments", Only("admin", "chair"), "the jury chair and administrators"),
        Demo("/contest/nominations/{Id:guid}/form", Only("admin", "chair"), "the jury chair and administrators"),
        Demo("/contest/entries/{Id:guid}", Everyone, "a submitted entry's public page"),
        Demo("/contest/entries/{Id:guid}/edit", Members, "the applicant edits it; anyone else gets a blank registration form, never the entry"),
        Demo("/contest/entries/{Id:guid}/review", Only("expert1"), "the assigned expert"),
        Demo("/contest/entries/{Id:guid}/score", Only("admin", "chair", "juror1", "juror2", "juror3"), "the nomination's jury (its jurors and chair) and administrators"),
        On("/contest/nominations/{id:guid}/results.xlsx", ServicesNominationAsync, Only("admin", "chair"), "results before publication: chair and administrators"),
        On("/contest/nominations/{id:guid}/results.csv", ServicesNominationAsync, Only("admin", "chair"), "results before publication: chair and administrators"),
        On("/contest/nominations/{id:guid}/protocol.pdf", ServicesNominationAsync, Only("admin", "chair"), "results before publication: chair and administrators"),
        Unknown("/contest/attachments/{id:guid}", "ContestServicesTests judge attachments by role"),
        Unknown("/contest/entries/{entryId:guid}/answers/{fieldId:guid}", "EntryFormTests judge answer files"),

        // Drafting
        Page("/drafting", Everyone, "the public list of consultations"),
        On("/drafting/drafts/{DraftId:guid}", LawAsync, Only(LawGroup), "a members-only draft: its group only (an administrator is not a member)"),
        On("/drafting/drafts/{DraftId:guid}", ProgrammeAsync, Everyone, "a draft in consultation: everyone"),
        On("/drafting/drafts/{DraftId:guid}/edit", LawAsync, Only(LawGroup), "the live text of a members-only draft: its group"),
        On("/drafting/drafts/{DraftId:guid}/edit", ProgrammeAsync, Only("chair", "member1"), "the live text in consultation: its group; anyone else is sent to the published revision (H2)") with { RefusesByRedirect = true },
        Demo("/drafting/groups/{GroupId:guid}", Only(LawGroup), "a members-only group: its members"),
        Page("/drafting/groups/new", Members, "any member may start a group"),
        Demo("/drafting/invitations/{Id:guid}", Members, "a mailed link: its unguessable id is the capability; only the invitee can accept (WorkingGroups.AcceptAsync)"),
        On("/drafting/drafts/{draftId:guid}/export/text.pdf", LawAsync, Only(LawGroup), "a members-only draft's export: its group"),
        On("/drafting/drafts/{draftId:guid}/export/text.docx", LawAsync, Only(LawGroup), "a members-only draft's export: its group"),
        On("/drafting/drafts/{draftId:guid}/export/redline.pdf", LawAsync, Only(LawGroup), "a members-only draft's export: its group", "?from=0&to=0"),
        On("/drafting/drafts/{draftId:guid}/export/redline.docx", LawAsync, Only(LawGroup), "a members-only draft's export: its group", "?from=0&to=0"),
        On("/drafting/drafts/{draftId:guid}/export/report.pdf", LawAsync, Nobody, "no consultation report before a consultation"),
        On("/drafting/drafts/{draftId:guid}/export/report.docx", LawAsync, Nobody, "no consultation report before a consultation"),
        On("/drafting/drafts/{draftId:guid}/export/proposals.pdf", LawAsync, Only(LawGroup), "a members-only draft's proposals: its group"),
        On("/drafting/drafts/{draftId:guid}/export/proposals.docx", LawAsync, Only(LawGroup), "a members-only draft's proposals: its group"),

        // Expert club
        Page("/expert-club", Everyone, "the public club page"),
        Page("/expert-club/experts", Everyone, "the public directory"),
        Demo("/expert-club/experts/{MemberId:guid}", Everyone, "an expert's public profile"),
        At("/expert-club/search", "/expert-club/search?q=" + Uri.EscapeDataString("цифров"), Everyone, "public search"),
        Page("/expert-club/join", Members, "any member may apply"),
        Page("/expert-club/messages", Members, "one's own conversations"),
        Demo("/expert-club/messages/{ConversationId:guid}", Only("expert1", "expert2"), "the conversation's two members"),
        Demo("/expert-club/messages/with/{MemberId:guid}", Members, "any member may write to an expert"),
        Page("/expert-club/opinions/new", Only("admin", "expert1", "expert2"), "club experts and administrators"),
        Page("/expert-club/admin", Only(Admin), "club administration"),
        Demo("/expert-club/rooms/{RoomId:guid}", Everyone, "the club's public room"),
        Demo("/expert-club/topics/{TopicId:guid}", Everyone, "a topic of the public room"),
        Unknown("/expert-club/attachments/{attachmentId:guid}", "ClubAttachmentsTests judge attachments"),

        // Journal
        Page("/journal", Everyone, "the public journal"),
        Demo("/journal/articles/{Id:guid}", Everyone, "a published article"),
        Demo("/journal/articles/{Id:guid}/edit", Only("admin", "editor", "contributor"), "a submission under moderation: its author and editors"),
        Page("/journal/write", Only("admin", "editor"), "editors publish directly; everyone else submits (/journal/submit)"),
        Page("/journal/submit", Members, "any member may submit"),
        Page("/journal/my", Members, "one's own submissions"),
        Page("/journal/moderation", Only("admin", "editor"), "editors"),
        Page("/journal/newsletter", Only("admin", "editor"), "editors"),
        Demo("/journal/newsletter/issues/{Id:guid}", Only("admin", "editor"), "editors"),
        Page("/journal/newsletter/archive", Everyone, "sent issues are public"),
        Demo("/journal/newsletter/archive/{Number:int}", Everyone, "a sent issue is public"),
        Page("/journal/subscribe", Everyone, "the sign-up form"),
        Page("/journal/subscribe/confirm", Nobody, "a mailed token link; without a token 400"),
        Page("/journal/subscription", Nobody, "a mailed token link; without a token 400"),
        Page("/journal/unsubscribe", Nobody, "a mailed token link; without a token 400"),
        Page("/journal/unsubscribe/one-click", Everyone, "a mail client's GET is sent on to the unsubscribe page") with { Redirects = true },
        Page("/journal/feed.atom", Everyone, "the public feed"),
        Unknown("/journal/articles/{id:guid}/cover", "covers of published articles are public"),
        Unknown("/journal/newsletter/open/{token}", "a tracking pixel with a bad token"),
        Unknown("/journal/newsletter/click/{token}", "a tracked link with a bad token"),

        // Learning
        Page("/learning", Everyone, "the public course list"),
        Demo("/learning/courses/{CourseId:guid}", Everyone, "a published course"),
        Demo("/learning/courses/{CourseId:guid}/edit", Only(Admin), "its authors and administrators (the demo trainer is not its author)"),
        Page("/learning/courses/new", Only("admin", "trainer"), "trainers and administrators"),
        Demo("/learning/lessons/{LessonId:guid}", Everyone, "a lesson of an open course"),
        Demo("/learning/quizzes/{QuizId:guid}", Everyone, "the quiz of an open course"),
        Page("/learning/cohorts", Everyone, "the list of open cohorts"),
        Page("/learning/cohorts/new", Only("admin", "trainer"), "trainers and administrators"),
        Demo("/learning/cohorts/{CohortId:guid}", Only("admin", "trainer"), "its trainer and administrators"),
        Page("/learning/certificates", Members, "one's own certificates"),
        Page("/verify", Everyone, "certificate check"),
        Demo("/verify/{Code}", Everyone, "certificate check"),
        Unknown("/certificates/{code}.pdf", "no such certificate"),
        Unknown("/learning/batches/{id:guid}.zip", "no such batch"),
        Unknown("/learning/files/{documentId:guid}", "no such file"),

        // Library
        Page("/library", Everyone, "the public catalogue"),
        Demo("/library/items/{Id:guid}", Everyone, "a published item"),
        Demo("/library/items/{Id:guid}/edit", Only("admin"), "librarians and administrators"),
        Page("/library/submit", Members, "any member may submit"),
        Page("/library/my", Members, "one's own submissions"),
        Page("/library/review", Only("admin"), "librarians and administrators"),
        On("/library/items/{id:guid}/file", PublicLibraryItemAsync, Everyone, "a published item's file"),
        new("/library/items/{id:guid}/files/{version:int}", Everyone, "a published item's first file version")
        {
            Sample = async services =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
                return $"/library/items/{await PublicLibraryItemAsync(db)}/files/1";
            },
        },
        On("/library/items/{id:guid}/cite.bib", PublicLibraryItemAsync, Everyone, "a published item's citation"),
        On("/library/items/{id:guid}/cite.ris", PublicLibraryItemAsync, Everyone, "a published item's citation"),
        Unknown("/library/id/{year:int}/{number:int}", "no such identifier"),
        Page("/library/statistics.csv", Only("admin"), "librarians and administrators"),
        At("/oai", "/oai?verb=Identify", Everyone, "the OAI-PMH repository"),

        // Methodology
        Page("/methodology", Everyone, "public"),
        Page("/methodology/acts", Everyone, "public"),
        Demo("/methodology/acts/{Id:guid}", Everyone, "public"),
        Page("/methodology/templates", Everyone, "public"),
        Demo("/methodology/templates/{Id:guid}", Everyone, "public"),
        Page("/methodology/examples", Everyone, "public"),
        Page("/methodology/acts.csv", Everyone, "open data"),
        Unknown("/methodology/acts/{actId:guid}/editions/{editionId:guid}.pdf", "no such edition"),

        // Practices
        Page("/practices", Everyone, "the public catalogue"),
        Demo("/practices/{Id:guid}", Everyone, "a published practice"),
        Demo("/practices/{Id:guid}/edit", Only("admin", "member1", "expert1", "expert2"), "its author, the practice experts (club experts) and administrators"),
        Page("/practices/new", Members, "any member may describe a practice"),
        Page("/practices/my", Members, "one's own practices"),
        Page("/practices/review", Only("admin", "expert1", "expert2"), "the practice experts and administrators"),
        Page("/practices/classifier", Only("admin", "expert1"), "the classifier's editors: administrators and the practices module's expert"),
        Page("/practices/classifier.jsonld", Everyone, "open data"),
        Page("/practices/classifier.ttl", Everyone, "open data"),
        Page("/practices/export.csv", Everyone, "open data"),
        Page("/practices/export.xlsx", Everyone, "open data"),
        Unknown("/practices/{id:guid}/attachments/{attachmentId:guid}", "no such attachment"),

        // Projects
        Page("/projects", Everyone, "the public catalogue"),
        Demo("/projects/{Id:guid}", Everyone, "a published listing"),
        Demo("/projects/{Id:guid}/edit", Only("expert2"), "its owner only"),
        Page("/projects/new", Members, "any member may list a project"),
        Page("/projects/my", Members, "one's own listings"),
        Page("/projects/matches", Members, "one's own matches"),
        Page("/projects/import", Members, "any member may import a publiccode.yml as a listing of their own"),
        Page("/projects/moderation", Only(Admin), "administrators"),
        Demo("/projects/interests/{Id:guid}", Only("expert2", "citymanager"), "the interested member and the listing's owner"),
        Page("/projects/solutions.json", Everyone, "open data"),
        Unknown("/projects/{id:guid}/publiccode.yml", "no such listing"),
        Unknown("/projects/{id:guid}/attachments/{documentId:guid}", "no such attachment"),

        // Readiness
        Page("/readiness", Everyone, "public"),
        At("/readiness/methodology/{Year:int}", $"/readiness/methodology/{ReadinessDemoData.CurrentYear}", Everyone, "public"),
        At("/readiness/methodology/{Year:int}/edit", $"/readiness/methodology/{ReadinessDemoData.CurrentYear}/edit", Only(Admin), "administrators"),
        At("/readiness/results/{Year:int}", $"/readiness/results/{ReadinessDemoData.CurrentYear}", Everyone, "public"),
        Demo("/readiness/results/{Year:int}/{BodyId:guid}", Everyone, "public"),
        Page("/readiness/questionnaire", Members, "one's own body's questionnaire (none for a member without one)"),
        Page("/readiness/review", Only("admin", "reviewer"), "reviewers and administrators"),
        Demo("/readiness/review/{Id:guid}", Only("admin", "reviewer"), "reviewers and administrators"),
        Page("/readiness/campaigns", Only("admin", "reviewer"), "reviewers follow the campaigns; administrators open them"),
        Page("/readiness/reports", Only("admin", "reviewer"), "reviewers and administrators"),
        At("/readiness/results/{year:int}.csv", $"/readiness/results/{ReadinessDemoData.CurrentYear}.csv", Everyone, "open data"),
        At("/readiness/results/{year:int}.json", $"/readiness/results/{ReadinessDemoData.CurrentYear}.json", Everyone, "open data"),
        At("/readiness/reports/{year:int}/national.pdf", $"/readiness/reports/{ReadinessDemoData.CurrentYear}/national.pdf", Everyone, "public once published"),
        Unknown("/readiness/reports/{year:int}/{bodyId:guid}.pdf", "no such body"),
        At("/readiness/reports/{year:int}/all.zip", $"/readiness/reports/{ReadinessDemoData.CurrentYear}/all.zip", Nobody, "reviewers, once the bundle is built (it is not in the demo)"),

        Page("/health", Everyone, "status only"),
        At("/{**path:file}", "/no-such-file.txt", Nobody, "static files the build does not have: 404"),
    ];
}
