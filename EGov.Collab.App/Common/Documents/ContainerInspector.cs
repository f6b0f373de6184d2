using System.IO.Compression;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.App.Common.Documents;

/// <summary>
/// Refuses a container (DOCX, XLSX, ZIP) that has too many parts or unpacks past the store's limits, counted on the
/// inflated bytes by <see cref="BoundedZip"/> (a bomb lies in its declared sizes), then tells a DOCX or XLSX from a plain
/// ZIP by its part names.
/// </summary>
public static class ContainerInspector
{
    public static Result<DocumentKind> Inspect(Stream zip, DocumentStoreOptions options)
    {
        var limits = new UnpackLimits(options.MaxArchiveEntries, options.MaxUnpackedBytes, options.MaxUnpackedBytes);
        switch (BoundedZip.Check(zip, limits))
        {
            case UnpackVerdict.TooLarge: return DocumentErrors.UnpacksTooLarge;
            case UnpackVerdict.NotAZip: return DocumentErrors.Damaged;
        }
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        if (archive.GetEntry("word/document.xml") is not null) return DocumentKind.Docx;
        if (archive.GetEntry("xl/workbook.xml") is not null) return DocumentKind.Xlsx;
        return DocumentKind.Zip;
    }
}
