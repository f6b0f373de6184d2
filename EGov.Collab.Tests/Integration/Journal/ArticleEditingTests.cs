using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Journal;

[Collection(SharedPortal.Name)]
public sealed class ArticleEditingTests(PortalFactory portal)
{
    private static T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task Revise_MarkdownSubmission_ReopensInMarkdown_AndTheMarkdownEditApplies()
    {
        var contributor = PortalForms.PrincipalOf((await portal.MemberByEmailAsync("contributor@demo.egov.ua")).Id);
        using var scope = portal.Services.CreateScope();
        var sections = await Service<ArticleService>(scope).SectionsAsync();
        var submitted = await Service<SubmissionService>(scope).SubmitAsync(contributor, new ArticleForm
        {
            SectionId = sections[0].Id,
            Title = "Markdown " + Guid.NewGuid().ToString("N")[..8],
            Body = "Перший абзац із **жирним**.",
            Format = BodyFormat.Markdown,
        });

        var form = await Service<ArticleService>(scope).EditFormAsync(submitted.Value, contributor);
        Assert.Equal(BodyFormat.Markdown, form!.Format);
        Assert.Equal("Перший абзац із **жирним**.", form.Body);

        form.Body = "Новий абзац із _курсивом_.";
        var revised = await Service<SubmissionService>(scope).ReviseAsync(contributor, submitted.Value, form);

        Assert.True(revised.IsSuccess);
        var article = await Service<ArticleService>(scope).ReadAsync(submitted.Value, contributor);
        Assert.Contains("<em>курсивом</em>", article!.BodyHtml, StringComparison.Ordinal);
        Assert.Equal("Новий абзац із _курсивом_.", article.BodySource);
        Assert.Equal(BodyFormat.Markdown, article.SourceFormat);
    }

    [Fact]
    public async Task Edit_FormOpenedBeforeSomeoneElseSaved_IsAConflictResult_AndTheirChangeStays()
    {
        var editor = PortalForms.PrincipalOf((await portal.MemberByEmailAsync("editor@demo.egov.ua")).Id);
        using var scope = portal.Services.CreateScope();
        var articles = Service<ArticleService>(scope);
        var sections = await articles.SectionsAsync();
        var id = (await articles.PublishAsync(editor, new ArticleForm { SectionId = sections[0].Id, Title = "Спільна стаття", Body = "Текст" })).Value;
        var first = await articles.EditFormAsync(id, editor);
        var second = await articles.EditFormAsync(id, editor);

        first!.Title = "Перша правка";
        second!.Title = "Друга правка";
        var firstSaved = await articles.EditAsync(editor, id, first);
        var secondSaved = await articles.EditAsync(editor, id, second);

        Assert.True(firstSaved.IsSuccess);
        Assert.Equal(CommonErrors.ConcurrentChange, secondSaved.Error);
        await using var db = await Service<IDbContextFactory<CollabDbContext>>(scope).CreateDbContextAsync();
        Assert.Equal("Перша правка", (await db.JournalArticles.AsNoTracking().SingleAsync(a => a.Id == id)).Title);
    }

    [Fact]
    public async Task Revise_FormOpenedBeforeAnEditorsEdit_IsAConflictResult()
    {
        var contributor = PortalForms.PrincipalOf((await portal.MemberByEmailAsync("contributor@demo.egov.ua")).Id);
        var editor = PortalForms.PrincipalOf((await portal.MemberByEmailAsync("editor@demo.egov.ua")).Id);
        using var scope = portal.Services.CreateScope();
        var sections = await Service<ArticleService>(scope).SectionsAsync();
        var id = (await Service<SubmissionService>(scope).SubmitAsync(contributor, new ArticleForm { SectionId = sections[0].Id, Title = "Подання", Body = "Текст" })).Value;
        var authors = await Service<ArticleService>(scope).EditFormAsync(id, contributor);
        var editors = await Service<ArticleService>(scope).EditFormAsync(id, editor);
        editors!.Body = "Текст, виправлений редактором";
        Assert.True((await Service<ArticleService>(scope).EditAsync(editor, id, editors)).IsSuccess);

        authors!.Body = "Текст автора";
        var revised = await Service<SubmissionService>(scope).ReviseAsync(contributor, id, authors);

        Assert.Equal(CommonErrors.ConcurrentChange, revised.Error);
    }
}
