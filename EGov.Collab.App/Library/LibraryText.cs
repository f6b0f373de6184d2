using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Library;

/// <summary>
/// An error in the reader's language: the document store's refusals as the store words them, then the library's own
/// texts, then the portal's shared ones (validation).
/// </summary>
public sealed class LibraryText(IStringLocalizer<LibraryResource> library, IStringLocalizer<SharedResource> shared, DocumentMessages documents)
{
    /// <summary>What the library accepts: PDF only, within the store's size limit.</summary>
    public static readonly DocumentUpload PdfUpload = new([DocumentKind.Pdf], null);

    public long MaxBytes => documents.MaxBytes(PdfUpload);

    public string Interrupted => shared["Documents.Interrupted"];

    public string Error(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code.StartsWith("Documents.", StringComparison.Ordinal)) return documents.For(error, PdfUpload);
        var message = ErrorTexts.Find(library, shared, error.Code) ?? library["Library.Error.Generic"].Value;
        if (error.Field is null) return message;
        var field = library["Library.Field." + error.Field];
        return field.ResourceNotFound ? message : $"{field.Value}: {message}";
    }
}
