using EGov.Collab.Domain.Contest;
using EGov.Collab.Domain.Journal;

namespace EGov.Collab.Tests.Domain.Journal;

/// <summary>The Low finding "uploads are not checked against their extension by content", for covers and contest files.</summary>
public sealed class UploadContentTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    private static readonly byte[] Html = "<html><script>alert(1)</script></html>"u8.ToArray();

    [Fact]
    public void ArticleCover_DeclaredAsAnImageButHtml_IsRefused_ARealImageIsKept()
    {
        var article = Article.Submit(
            new ArticleContent(Guid.NewGuid(), "Заголовок", "", "<p>Текст</p>", "Текст", [], "uk", Audiences.Public),
            Guid.NewGuid(), "Автор", DateTimeOffset.UnixEpoch).Value;

        Assert.Equal(JournalErrors.CoverNotImage, article.SetCover(Html, "image/png").Error);
        Assert.Equal(JournalErrors.CoverNotImage, article.SetCover(Png, "image/jpeg").Error);
        Assert.True(article.SetCover(Png, "image/png").IsSuccess);
    }

    [Fact]
    public void ContestAttachment_ContentMustMatchTheExtension()
    {
        Assert.True(AttachmentRules.ContentMatches("звіт.pdf", "%PDF-1.7\n"u8));
        Assert.True(AttachmentRules.ContentMatches("Фото.PNG", Png));
        Assert.True(AttachmentRules.ContentMatches("план.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0]));
        Assert.False(AttachmentRules.ContentMatches("звіт.pdf", Html));
        Assert.False(AttachmentRules.ContentMatches("план.docx", Png));
        Assert.False(AttachmentRules.ContentMatches("сторінка.html", Html));
    }
}
