namespace EGov.Collab.Domain.Common.Documents;

/// <summary>Refusals of an upload; codes are keys in the shared resource.</summary>
public static class DocumentErrors
{
    public static readonly Error Empty = new("Documents.Empty", "File");
    public static readonly Error TooLarge = new("Documents.TooLarge", "File");
    public static readonly Error UnknownType = new("Documents.UnknownType", "File");
    public static readonly Error KindNotAllowed = new("Documents.KindNotAllowed", "File");
    public static readonly Error ExtensionMismatch = new("Documents.ExtensionMismatch", "File");
    public static readonly Error FileNameRequired = new("Documents.FileNameRequired", "File");
    public static readonly Error Damaged = new("Documents.Damaged", "File");
    public static readonly Error UnpacksTooLarge = new("Documents.UnpacksTooLarge", "File");
}
