using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.Tests.Domain.ExpertClub;

public sealed class MessageAttachmentTests
{
    private static (Guid, DocumentKind, long) File(DocumentKind kind = DocumentKind.Pdf, long length = 1000) => (Guid.CreateVersion7(), kind, length);

    [Fact]
    public void Check_FiveAllowedFilesAtTheLimit_Accepted()
    {
        var files = new[] { File(), File(DocumentKind.Docx), File(DocumentKind.Xlsx), File(DocumentKind.Png), File(DocumentKind.Jpeg, MessageAttachment.MaxBytes) };

        Assert.True(MessageAttachment.Check(files).IsSuccess);
    }

    [Fact]
    public void Check_SixFiles_TooMany() =>
        Assert.Equal(ClubErrors.TooManyAttachments, MessageAttachment.Check(Enumerable.Range(0, MessageAttachment.MaxPerMessage + 1).Select(_ => File()).ToList()).Error);

    [Theory]
    [InlineData(DocumentKind.Zip)]
    [InlineData(DocumentKind.Svg)]
    [InlineData(DocumentKind.PlainText)]
    public void Check_KindNotForTheClub_KindNotAllowed(DocumentKind kind) =>
        Assert.Equal(DocumentErrors.KindNotAllowed, MessageAttachment.Check([File(), File(kind)]).Error);

    [Fact]
    public void Check_OneByteOverTheLimit_TooLarge() =>
        Assert.Equal(DocumentErrors.TooLarge, MessageAttachment.Check([File(DocumentKind.Png, MessageAttachment.MaxBytes + 1)]).Error);

    [Fact]
    public void Check_SameDocumentTwice_Duplicate()
    {
        var file = File();

        Assert.Equal(ClubErrors.DuplicateAttachment, MessageAttachment.Check([file, file]).Error);
    }

    [Fact]
    public void Create_NameWithFolders_KeepsOnlyTheCleanName() =>
        Assert.Equal("звіт.pdf", MessageAttachment.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), 0, "C:\\temp\\звіт.pdf").FileName);
}
