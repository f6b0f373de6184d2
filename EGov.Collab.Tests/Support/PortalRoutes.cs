using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// Every page of the portal, with the demo account that is meant to see it (null: a visitor); a page whose address carries
/// an id is opened on a demo record (<see cref="WithIds"/>). The axe scan, the 360 px overflow check and the
/// language-of-parts check all walk this list in both languages; <c>PortalRoutesTests</c> fails when a page's <c>@page</c>
/// directive is neither here nor in <see cref="NotScanned"/>.
/// </summary>
public static partial class PortalRoutes
{
    public sealed record Route(string Path, string? Account = null)
    {
        /// <summary>For a page whose address carries an id: finds it in the demo data and gives the real path.</summary>
        public Func<IServiceProvider, Task<string>>? Resolve { get; init; }

        public string? Email => Account is null ? null : $"{Account}@{DemoData.EmailDomain}";

        /// <summary>Account pages and the status-code page are server-rendered: no circuit to wait for.</summary>
        public bool IsStatic => Path.StartsWith("/Account/", StringComparison.Ordinal) || Path.StartsWith("/status/", StringComparison.Ordinal);

        public override string ToString() => Account is null ? Path : $"{Path} as {Account}";
    }

    public static readonly IReadOnlyList<Route> All =
    [
        new("/"),
        new("/search?q=" + Uri.EscapeDataString("портал")),
        new("/no-such-page"),
        .. ModuleKeys.All.Select(m => new Route("/" + m.Slug())),
        new("/verify"),
        new("/notifications", "member1"), new("/notifications/preferences", "member1"),

        new("/Account/Login"), new("/Account/Register"), new("/Account/ForgotPassword"), new("/Account/ResendEmailConfirmation"),
        new("/Account/Manage", "member1"), new("/Account/Manage/Email", "member1"), new("/Account/Manage/ChangePassword", "member1"),
        new("/Account/Manage/PersonalData", "member1"), new("/Account/Manage/DeletePersonalData", "member1"),
        new("/Account/Manage/TwoFactor", "member1"),

        new("/admin", "admin"), new("/admin/members", "admin"), new("/admin/organisations", "admin"), new("/admin/modules", "admin"),
        new("/admin/audit", "admin"), new("/admin/outbox", "admin"), new("/admin/search", "admin"),

        new("/cities/compare?codes=" + CitiesDemoData.LvivHromada + "," + CitiesDemoData.KulykivHromada),
        new("/cities/admin", "admin"),

        new("/contest/register", "member1"), new("/contest/my", "member1"), new("/contest/jury", "juror1"),
        new("/contest/admin", "admin"), new("/contest/admin/editions", "admin"), new("/contest/winners"),

        new("/drafting/groups/new", "chair"),

        new("/expert-club/experts"), new("/expert-club/search?q=" + Uri.EscapeDataString("цифров")),
        new("/expert-club/join", "member1"), new("/expert-club/opinions/new", "expert1"), new("/expert-club/admin", "admin"),
        new("/expert-club/messages", "expert1"),

        new("/journal/newsletter/archive"), new("/journal/subscribe"), new("/journal/write", "contributor"),
        new("/journal/submit", "member1"), new("/journal/my", "contributor"), new("/journal/moderation", "editor"),
        new("/journal/newsletter", "editor"),

        new("/learning/cohorts", "trainer"), new("/learning/cohorts/new", "trainer"), new("/learning/certificates", "learner"),
        new("/learning/courses/new", "trainer"),

        new("/library?sort=downloads"), new("/library/submit", "member1"), new("/library/my", "member1"), new("/library/review", "admin"),

        new("/methodology/acts"), new("/methodology/templates"), new("/methodology/examples"),

        new("/practices/classifier", "admin"), new("/practices/my", "member1"), new("/practices/new", "member1"),
        new("/practices/review", "admin"),

        new("/projects/my", "member1"), new("/projects/new", "member1"), new("/projects/matches", "member1"),
        new("/projects/import", "admin"), new("/projects/moderation", "admin"),

        new("/readiness/questionnaire", "respondent"), new("/readiness/review", "reviewer"), new("/readiness/campaigns", "admin"),
        new("/readiness/reports", "reviewer"),

        .. WithIds(),
    ];

    /// <summary>
    /// The pages the scan does not visit, each with the reason: token links out of mails, pages shown only on the way
    /// through a form (browser tests of each module and of the account visit them), and second addresses of a scanned page.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotScanned = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Account/ConfirmEmail"] = "a mailed token link",
        ["/Account/ConfirmEmailChange"] = "a mailed token link",
        ["/Account/ResetPassword"] = "a mailed token link",
        ["/journal/subscribe/confirm"] = "a mailed token link",
        ["/journal/subscription"] = "a mailed token link",
        ["/journal/unsubscribe"] = "a mailed token link",
        ["/Account/LoginWith2fa"] = "only between a password and its second factor (TwoFactorTests post to it)",
        ["/Account/Deleted"] = "only after the account is deleted",
        ["/Account/ForgotPasswordConfirmation"] = "only after the forgot-password form",
        ["/Account/RegisterConfirmation"] = "only after registering",
        ["/Account/ResetPasswordConfirmation"] = "only after a reset",
        ["/Account/InvalidPasswordReset"] = "only after a bad reset link",
        ["/Account/InvalidUser"] = "only after a link for a missing account",
        ["/Account/Lockout"] = "only after five wrong passwords",
        ["/Account/AccessDenied"] = "a redirect target showing the notice /status/403 shows",
        ["/Error"] = "the exception handler's page: needs an unhandled exception",
        ["/not-found"] = "the page /no-such-page shows",
        ["/status/404"] = "the page /no-such-page shows",
    };
}
