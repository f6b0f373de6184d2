using EGov.Collab.Domain.Journal;

namespace EGov.Collab.Tests.Domain.Journal;

public sealed class ArticleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly Guid Editor = Guid.CreateVersion7();

    private static ArticleContent Content(string title = "Громада онлайн", string text = "Текст статті про цифрові послуги.") =>
        new(Guid.CreateVersion7(), title, "", $"<p>{text}</p>", text, ["Послуги", " послуги ", "#ЦНАП"], "uk", Audiences.All);

    [Fact]
    public void Submit_ThenAccept_Published()
    {
        var article = Article.Submit(Content(), Author, "Дмитро", Now).Value;

        Assert.Equal(ArticleStatus.Submitted, article.Status);
        Assert.True(article.Accept(Editor, Now).IsSuccess);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(Now, article.PublishedAt);
        Assert.Equal(["послуги", "цнап"], article.Tags);
    }

    [Fact]
    public void RequestChanges_WithoutReason_Refused_WithReason_AuthorRevisesBackToQueue()
    {
        var article = Article.Submit(Content(), Author, "Дмитро", Now).Value;

        Assert.Equal(JournalErrors.ReasonRequired, article.RequestChanges(Editor, "  ", Now).Error);
        Assert.True(article.RequestChanges(Editor, "Додайте цифри", Now).IsSuccess);
        Assert.Equal(ArticleStatus.ChangesRequested, article.Status);
        Assert.Equal(JournalErrors.NotEditableByAuthor, article.Revise(Editor, Content(), Now).Error);
        Assert.True(article.Revise(Author, Content("Громада онлайн: цифри"), Now).IsSuccess);
        Assert.Equal(ArticleStatus.Submitted, article.Status);
    }

    [Fact]
    public void Reject_ThenAccept_Refused()
    {
        var article = Article.Submit(Content(), Author, "Дмитро", Now).Value;

        Assert.True(article.Reject(Editor, "Не за темою журналу", Now).IsSuccess);

        Assert.Equal(JournalErrors.NotInModeration, article.Accept(Editor, Now).Error);
        Assert.Equal("Не за темою журналу", article.ModerationReason);
    }

    [Fact]
    public void Submit_EmptyText_Refused() =>
        Assert.Equal(JournalErrors.BodyRequired, Article.Submit(Content(text: " "), Author, "Дмитро", Now).Error);

    [Fact]
    public void ReadingTime_AtLeastOneMinute_AndGrowsWithWords()
    {
        Assert.Equal(1, ReadingTime.Minutes("коротко"));
        Assert.Equal(2, ReadingTime.Minutes(string.Join(' ', Enumerable.Repeat("слово", ReadingTime.WordsPerMinute + 1))));
    }

    [Fact]
    public void Revise_KeepsTheSourceTheAuthorWroteIn_HtmlOnlyContentIsItsOwnSource()
    {
        var markdown = Content() with { BodySource = "Текст **статті**", SourceFormat = BodyFormat.Markdown };
        var article = Article.Submit(markdown, Author, "Дмитро", Now).Value;

        Assert.Equal("Текст **статті**", article.BodySource);
        Assert.Equal(BodyFormat.Markdown, article.SourceFormat);
        Assert.True(article.Revise(Author, Content(), Now).IsSuccess);
        Assert.Equal(article.BodyHtml, article.BodySource);
        Assert.Equal(BodyFormat.Html, article.SourceFormat);
    }

    [Fact]
    public void Body_IsMeasuredAsTyped_TheMaximumPassesThoughItsHtmlIsLonger_OneMoreIsRefused()
    {
        static ArticleContent Typed(string markdown, string html) =>
            new(Guid.CreateVersion7(), "Довга стаття", "", html, markdown, [], "uk", Audiences.All, markdown, BodyFormat.Markdown);
        var typed = new string('ї', ArticleContent.BodyMaxLength);

        Assert.True(Typed(typed, $"<p>{typed}</p>").Validate().IsSuccess);
        Assert.Equal(JournalErrors.BodyTooLong, Typed(typed + "ї", $"<p>{typed}ї</p>").Validate().Error);
        Assert.Equal(JournalErrors.BodyTooLong, Typed("ї", new string('ї', ArticleContent.BodyHtmlMaxLength + 1)).Validate().Error);
        Assert.Equal(JournalErrors.BodyTooLong, Content(text: typed + "ї").Validate().Error);
    }
}
