using EGov.Collab.App.Drafting;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Integration.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Browser.Security;

public sealed partial class XssCorpusBrowserTests
{
    [Fact]
    public async Task AllPayloads_InDraftTextsNewslettersAndLessons_DoNotRun() =>
        await AssertNothingRunsAsync(await TextSurfaces(AllPayloads));

    /// <summary>
    /// A draft's provision text, a comment and its reply, an amendment's text and rationale and a named version; a
    /// newsletter issue whose items and introduction carry the payload, read in the editor's issue page and, once
    /// sent, in the public archive; a lesson's body in Markdown and in HTML, read by its author.
    /// </summary>
    private async Task<IReadOnlyList<Visit>> TextSurfaces(string payload)
    {
        var services = browser.Services;
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var editor = await DraftingFixture.UserAsync(services, "editor");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider;

        var groupId = (await scoped.GetRequiredService<WorkingGroups>().CreateAsync(chair, $"Група тексту {suffix}", null, GroupVisibility.MembersOnly)).Value;
        var draftId = await scoped.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.Order, $"Текст {suffix}",
            title => DraftTemplates.Of((ProvisionKind.Title, title), (ProvisionKind.Article, "Положення " + payload), (ProvisionKind.Article, "Друге положення")));
        Ok(draftId);
        var provisions = (await scoped.GetRequiredService<Drafts>().ViewAsync(chair, draftId.Value)).Value.Text.Provisions;
        var first = provisions.First(p => p.Text.StartsWith("Положення", StringComparison.Ordinal)).Id;
        var comments = scoped.GetRequiredService<Comments>();
        var comment = await comments.AddAsync(chair, draftId.Value, first, 0, 9, "Коментар " + payload);
        Ok(comment);
        Ok(await comments.ReplyAsync(chair, comment.Value, "Відповідь " + payload));
        Ok(await scoped.GetRequiredService<Amendments>().ProposeAsync(chair, draftId.Value, AmendmentKind.Replace, first, "Заміна " + payload, null,
            "Обґрунтування " + payload));
        Ok(await scoped.GetRequiredService<Versions>().NameAsync(chair, draftId.Value, Short("Версія " + payload)));

        var (issueId, number) = await SentIssueAsync(scoped, editor, payload);

        var (courseId, markdown, html) = await LessonsAsync(scoped, payload);

        return
        [
            new("chair", $"/drafting/drafts/{draftId.Value}"), new("chair", $"/drafting/drafts/{draftId.Value}/edit"),
            new("editor", $"/journal/newsletter/issues/{issueId}"), new("editor", "/journal/newsletter"),
            new("chair", "/journal/newsletter/archive"), new("chair", $"/journal/newsletter/archive/{number}"),
            new("trainer", $"/learning/lessons/{markdown}"), new("trainer", $"/learning/lessons/{html}"),
            new("trainer", $"/learning/courses/{courseId}/edit"), new("trainer", $"/learning/courses/{courseId}"),
        ];
    }

    /// <summary>The trainer's new course with the payload in a section's title and two lessons: one in Markdown, one in HTML.</summary>
    private async Task<(Guid CourseId, Guid Markdown, Guid Html)> LessonsAsync(IServiceProvider scoped, string payload)
    {
        var trainer = await DraftingFixture.UserAsync(browser.Services, "trainer");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var authoring = scoped.GetRequiredService<CourseAuthoring>();
        var courseId = await authoring.CreateAsync(trainer, new CourseForm { Title = $"Курс {suffix}", Hours = 2, Issuer = "Академія", CertificatePrefix = "xs" });
        Ok(courseId);
        Ok(await authoring.AddSectionAsync(trainer, courseId.Value, Short("Розділ " + payload)));
        var sectionId = (await authoring.DraftAsync(trainer, courseId.Value)).Value.Sections.Single().Section.Id;
        var markdown = await authoring.SaveLessonAsync(trainer, courseId.Value, new LessonForm { SectionId = sectionId, Title = Short("Урок " + payload), Body = "Текст " + payload });
        Ok(markdown);
        var html = await authoring.SaveLessonAsync(trainer, courseId.Value, new LessonForm { SectionId = sectionId, Title = $"Урок HTML {suffix}", Body = "<p>Текст</p>" + payload, BodyIsHtml = true });
        Ok(html);
        return (courseId.Value, markdown.Value, html.Value);
    }

    /// <summary>
    /// A newsletter issue made as the generator makes one (the next number, from the end of the last period), its items
    /// and each edition's introduction (through the editor's service) carrying the payload, then marked sent without
    /// mailing anyone, so the public archive shows it.
    /// </summary>
    private async Task<(Guid Id, int Number)> SentIssueAsync(IServiceProvider scoped, System.Security.Claims.ClaimsPrincipal editor, string payload)
    {
        var now = DateTimeOffset.UtcNow;
        var items = NewsletterLanguages.All.Select(language => new NewsletterItem(ModuleKey.Journal.Slug(), "Подія " + payload, "Анонс " + payload,
            "/journal", now, language)).ToList();
        NewsletterIssue issue;
        await using (var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            var last = await db.NewsletterIssues.OrderByDescending(i => i.Number).Select(i => new { i.Number, i.PeriodEnd }).FirstOrDefaultAsync();
            var since = last is not null && last.PeriodEnd < now ? last.PeriodEnd : now.AddMinutes(-1);
            issue = NewsletterIssue.Create((last?.Number ?? 0) + 1, since, now, IssueComposer.ComposeAll(items, since, now), now);
            db.NewsletterIssues.Add(issue);
            await db.SaveChangesAsync();
        }
        var issues = scoped.GetRequiredService<NewsletterIssues>();
        foreach (var edition in issue.Editions)
            Ok(await issues.EditIntroductionAsync(editor, edition.Id, "Вступ " + payload + "\nДругий абзац " + payload));
        await using (var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.NewsletterIssues.SingleAsync(i => i.Id == issue.Id);
            Ok(stored.Approve(null, now));
            stored.Complete();
            await db.SaveChangesAsync();
        }
        return (issue.Id, issue.Number);
    }
}
