using System.Text;

namespace EGov.Collab.Domain.Common.Documents;

/// <summary>What the document store accepts, whatever module uploads.</summary>
public static class DocumentRules
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>How many bytes of a file's start <see cref="FileSignature"/> needs to look at.</summary>
    public const int HeadLength = 8 * 1024;

    /// <summary>The name as it may be shown and offered for download: no folders, no control characters, bounded.</summary>
    public static string CleanFileName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')) builder.Append(c);
        var clean = builder.ToString().Trim().Trim('.');
        if (clean.Length <= StoredFile.FileNameMaxLength) return clean;
        var extension = Path.GetExtension(clean);
        if (extension.Length > 16) extension = "";
        return clean[..(StoredFile.FileNameMaxLength - extension.Length)] + extension;
    }

    /// <summary>Checks the upload's name, size and detected kind against what the caller allows.</summary>
    public static Result Check(string? fileName, long length, long maxBytes, DocumentKind? kind, IReadOnlyCollection<DocumentKind> allowed)
    {
        if (CleanFileName(fileName).Length == 0) return DocumentErrors.FileNameRequired;
        if (length == 0) return DocumentErrors.Empty;
        if (length > maxBytes) return DocumentErrors.TooLarge;
        if (kind is null) return DocumentErrors.UnknownType;
        if (!allowed.Contains(kind.Value)) return DocumentErrors.KindNotAllowed;
        var extension = Path.GetExtension(CleanFileName(fileName)).ToLowerInvariant();
        if (!kind.Value.Extensions().Contains(extension)) return DocumentErrors.ExtensionMismatch;
        return Result.Success();
    }
}
