using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.Tests.Domain.Common.Documents;

public sealed class DocumentRulesTests
{
    private static readonly DocumentKind[] Documents = [DocumentKind.Pdf, DocumentKind.Docx];

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\olha\\Звіт 2026.pdf", "Звіт 2026.pdf")]
    [InlineData("bad\u0000na\u0007me\".pdf", "badname.pdf")]
    [InlineData("   ", "")]
    public void CleanFileName_KeepsOnlyASafeName(string input, string expected)
    {
        Assert.Equal(expected, DocumentRules.CleanFileName(input));
    }

    [Fact]
    public void CleanFileName_VeryLong_KeepsTheExtensionWithinTheLimit()
    {
        var clean = DocumentRules.CleanFileName(new string('я', 400) + ".pdf");
        Assert.Equal(StoredFile.FileNameMaxLength, clean.Length);
        Assert.EndsWith(".pdf", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("звіт.pdf", 10L, DocumentKind.Pdf, null)]
    [InlineData("звіт.PDF", 10L, DocumentKind.Pdf, null)]
    [InlineData("", 10L, DocumentKind.Pdf, "Documents.FileNameRequired")]
    [InlineData("звіт.pdf", 0L, DocumentKind.Pdf, "Documents.Empty")]
    [InlineData("звіт.pdf", 101L, DocumentKind.Pdf, "Documents.TooLarge")]
    [InlineData("звіт.pdf", 10L, null, "Documents.UnknownType")]
    [InlineData("герб.png", 10L, DocumentKind.Png, "Documents.KindNotAllowed")]
    [InlineData("звіт.pdf", 10L, DocumentKind.Docx, "Documents.ExtensionMismatch")]
    [InlineData("звіт", 10L, DocumentKind.Pdf, "Documents.ExtensionMismatch")]
    public void Check_RefusesWhatTheUploadDoesNotAllow(string name, long length, DocumentKind? kind, string? error)
    {
        var result = DocumentRules.Check(name, length, 100, kind, Documents);
        Assert.Equal(error, result.Error?.Code);
    }

    [Fact]
    public void StoredFile_TextKindsWaitForExtraction_OthersNeedNone()
    {
        var sha = new string('a', 64);
        var now = DateTimeOffset.UnixEpoch;
        Assert.Equal(ExtractionStatus.Pending, StoredFile.Create(sha, DocumentKind.Pdf, 1, "a.pdf", null, now).Extraction);
        Assert.Equal(ExtractionStatus.NotApplicable, StoredFile.Create(sha, DocumentKind.Png, 1, "a.png", null, now).Extraction);
        Assert.Throws<ArgumentException>(() => StoredFile.Create("ABC", DocumentKind.Pdf, 1, "a.pdf", null, now));
    }
}
