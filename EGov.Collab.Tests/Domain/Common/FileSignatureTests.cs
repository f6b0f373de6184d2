using System.Text;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class FileSignatureTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");

    [Fact]
    public void Matches_RealHeads_ButNotAPageCalledAnImage()
    {
        Assert.True(FileSignature.Matches("image/png", Png));
        Assert.True(FileSignature.Matches("application/pdf", "%PDF-1.7\n"u8));
        Assert.True(FileSignature.Matches("image/webp", "RIFF\0\0\0\0WEBPVP8 "u8));
        Assert.False(FileSignature.Matches("image/png", Html));
        Assert.False(FileSignature.Matches("application/pdf", Html));
        Assert.False(FileSignature.Matches("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Html));
        Assert.False(FileSignature.Matches("text/html", Html));
    }

    [Fact]
    public void ArticleCover_DeclaredAsAnImageButHtml_IsRefused()
    {
        var article = Article.Submit(
            new ArticleContent(Guid.NewGuid(), "Заголовок", "", "<p>Текст</p>", "Текст", [], "uk", Audiences.Public),
            Guid.NewGuid(), "Автор", DateTimeOffset.UnixEpoch).Value;

        Assert.Equal(JournalErrors.CoverNotImage, article.SetCover(Html, "image/png").Error);
        Assert.True(article.SetCover(Png, "image/png").IsSuccess);
    }
}
