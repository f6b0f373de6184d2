using System.Text;
using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.Tests.Domain.Common.Documents;

public sealed class FileSignatureTests
{
    public static TheoryData<byte[], DocumentKind> Signatures => new()
    {
        { "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(), DocumentKind.Pdf },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], DocumentKind.Png },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46], DocumentKind.Jpeg },
        { "GIF89a\x01\x00"u8.ToArray(), DocumentKind.Gif },
        { "RIFF\x24\x00\x00\x00WEBPVP8 "u8.ToArray(), DocumentKind.WebP },
        { [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0], DocumentKind.Zip },
        { "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), DocumentKind.Svg },
        { Encoding.UTF8.GetBytes("Закон України «Про електронні документи»\n"), DocumentKind.PlainText },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Detect_KnownContent_ReturnsItsKindWhateverTheName(byte[] head, DocumentKind expected)
    {
        Assert.Equal(expected, FileSignature.Detect(head, "misleading.name"));
    }

    [Fact]
    public void Detect_TextNamedCsv_IsCsv_AndBinaryIsUnknown()
    {
        Assert.Equal(DocumentKind.Csv, FileSignature.Detect("legalActTitle;legalActId\n"u8, "acts.csv"));
        Assert.Null(FileSignature.Detect([0x00, 0x01, 0x02, 0xFE, 0x7F, 0x00], "report.pdf"));
        Assert.Null(FileSignature.Detect([], "empty.pdf"));
    }

    [Fact]
    public void Detect_InvalidUtf8_IsNotText()
    {
        Assert.Null(FileSignature.Detect([0x41, 0xC3, 0x28, 0x41], "note.txt"));
    }
}
