using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// Every page of the portal that needs no id in its address, with the demo account that is meant to see it (null: a
/// visitor). The axe scan, the 360 px overflow check and the language-of-parts check all walk this list in both languages;
/// <c>PortalRoutesTests</c> fails when a page's <c>@page</c> directive is neither here nor in <see cref="WithParameters"/>.
/// </summary>
public static class PortalRoutes
{
    public sealed record Route(string Path, string? Account = null)
    {
        /// <summary>For a page whose address carries an id: finds it in the demo data and gives the real path.</summary>
        public Func<IServiceProvider, Task<string>>? Resolve { get; init; }

        public string? Email => Account is null ? null : $"{Account}@{DemoData.EmailDomain}";

        /// <summary>Account pages are server-rendered forms: no circuit to wait for.</summary>
        public bool IsStatic => Path.StartsWith("/Account/", StringComparison.Ordinal);

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

        new("/cities/" + CitiesDemoData.LvivHromada),
        new("/cities/compare?codes=" + CitiesDemoData.LvivHromada + "," + CitiesDemoData.KulykivHromada),
        new("/cities/admin", "admin"),

        new("/contest/register", "member1"), new("/contest/my", "member1"), new("/contest/jury", "juror1"),
        new("/contest/admin", "admin"), new("/contest/admin/editions", "admin"), new("/contest/winners"),
        new("/contest/nominations/{Id:guid}") { Resolve = s => NominationAsync(s, "") },
        new("/contest/nominations/{Id:guid}/dashboard", "chair") { Resolve = s => NominationAsync(s, "/dashboard") },
        new("/contest/nominations/{Id:guid}/assignments", "chair") { Resolve = s => NominationAsync(s, "/assignments") },
        new("/contest/nominations/{Id:guid}/form", "chair") { Resolve = s => NominationAsync(s, "/form") },

        new("/drafting/groups/new", "chair"),

        new("/expert-club/experts"), new("/expert-club/search?q=" + Uri.EscapeDataString("цифров")),
        new("/expert-club/join", "member1"), new("/expert-club/opinions/new", "expert1"), new("/expert-club/admin", "admin"),
        new("/expert-club/messages", "expert1"),

        new("/journal/newsletter/archive"), new("/journal/subscribe"), new("/journal/write", "contributor"),
        new("/journal/submit", "member1"), new("/journal/my", "contributor"), new("/journal/moderation", "editor"),
        new("/journal/newsletter", "editor"),
        new("/journal/newsletter/issues/{Id:guid}", "editor") { Resolve = NewsletterIssueAsync },

        new("/learning/cohorts", "trainer"), new("/learning/cohorts/new", "trainer"), new("/learning/certificates", "learner"),
        new("/learning/courses/new", "trainer"),
        new("/learning/courses/{CourseId:guid}/edit", "admin") { Resolve = CourseEditorAsync },

        new("/library?sort=downloads"), new("/library/submit", "member1"), new("/library/my", "member1"), new("/library/review", "admin"),

        new("/methodology/acts"), new("/methodology/templates"), new("/methodology/examples"),

        new("/practices/classifier", "admin"), new("/practices/my", "member1"), new("/practices/new", "member1"),
        new("/practices/review", "admin"),

        new("/projects/my", "member1"), new("/projects/new", "member1"), new("/projects/matches", "member1"),
        new("/projects/import", "admin"), new("/projects/moderation", "admin"),

        new("/readiness/questionnaire", "respondent"), new("/readiness/review", "reviewer"), new("/readiness/campaigns", "admin"),
        new("/readiness/reports", "reviewer"),
    ];

    private static async Task<string> NominationAsync(IServiceProvider services, string suffix)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var id = await db.ContestNominations.Where(n => n.Title == ContestDemoData.ServicesNomination).Select(n => n.Id).FirstAsync();
        return $"/contest/nominations/{id}{suffix}";
    }

    /// <summary>The demo data has no newsletter issue: the first visit has one generated from the demo articles, as an editor would.</summary>
    private static async Task<string> CourseEditorAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var courseId = await db.Courses.OrderBy(c => c.CreatedAt).Select(c => c.Id).FirstAsync();
        return $"/learning/courses/{courseId}/edit";
    }

    private static async Task<string> NewsletterIssueAsync(IServiceProvider services)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            if (await db.NewsletterIssues.OrderBy(i => i.Number).Select(i => (Guid?)i.Id).FirstOrDefaultAsync() is { } existing)
                return $"/journal/newsletter/issues/{existing}";
        }
        await using var scope = services.CreateAsyncScope();
        var generated = await scope.ServiceProvider.GetRequiredService<NewsletterGenerator>().GenerateAsync();
        return $"/journal/newsletter/issues/{generated.IssueId ?? throw new InvalidOperationException("The demo data gave nothing for a newsletter issue.")}";
    }

    /// <summary>
    /// Pages whose address carries an id, a token or a status code, and the few that only redirect, confirm a token or
    /// stand between a password and its second factor (TwoFactorTests post to that one);
    /// they are reached from the pages above (browser tests of each module visit them), not scanned from this list.
    /// </summary>
    public static readonly IReadOnlySet<string> WithParameters = new HashSet<string>(StringComparer.Ordinal)
    {
        "/Account/AccessDenied", "/Account/ConfirmEmail", "/Account/ConfirmEmailChange", "/Account/Deleted",
        "/Account/ForgotPasswordConfirmation", "/Account/InvalidPasswordReset", "/Account/InvalidUser", "/Account/Lockout", "/Account/LoginWith2fa",
        "/Account/RegisterConfirmation", "/Account/ResetPassword", "/Account/ResetPasswordConfirmation", "/Error", "/not-found", "/status/404",
        "/journal/subscribe/confirm", "/journal/subscription", "/journal/unsubscribe",
    };
}
