using System.IO.Compression;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.App.Common.Documents;

/// <summary>
/// Tells a DOCX or XLSX from a plain ZIP by its part names, and refuses a container whose parts are too many or declare
/// more than the unpack limit. Nothing is unpacked here: only the central directory is read. Parts that lie about their
/// size are caught later by the bounded readers that actually unpack them.
/// </summary>
public static class ContainerInspector
{
    public static Result<DocumentKind> Inspect(Stream zip, DocumentStoreOptions limits)
    {
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > limits.MaxArchiveEntries) return DocumentErrors.UnpacksTooLarge;
            long total = 0;
            var kind = DocumentKind.Zip;
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > limits.MaxUnpackedBytes) return DocumentErrors.UnpacksTooLarge;
                total += entry.Length;
                if (total > limits.MaxUnpackedBytes) return DocumentErrors.UnpacksTooLarge;
                if (entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase)) kind = DocumentKind.Docx;
                else if (entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)) kind = DocumentKind.Xlsx;
            }
            return kind;
        }
        catch (InvalidDataException)
        {
            return DocumentErrors.Damaged;
        }
    }
}
