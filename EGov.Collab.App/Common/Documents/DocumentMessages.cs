using System.Globalization;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Common.Documents;

/// <summary>An upload's refusal in the reader's language, with the limit or the allowed kinds it concerns.</summary>
public sealed class DocumentMessages(IStringLocalizer<SharedResource> text, IOptions<DocumentStoreOptions> options)
{
    public string For(Error error, DocumentUpload upload) => error.Code switch
    {
        "Documents.TooLarge" => text[error.Code, Megabytes(MaxBytes(upload))],
        "Documents.KindNotAllowed" => text[error.Code, Accepts(upload)],
        _ => text[error.Code],
    };

    public string Extraction(ExtractionStatus status) => text[$"Documents.Extraction.{status}"];

    public long MaxBytes(DocumentUpload upload) => Math.Min(upload.MaxBytes ?? options.Value.MaxBytes, options.Value.MaxBytes);

    /// <summary>The extensions the upload takes, for the file picker's <c>accept</c> and for messages: ".pdf, .docx".</summary>
    public static string Accepts(DocumentUpload upload) =>
        string.Join(", ", upload.AllowedKinds.SelectMany(kind => kind.Extensions()).Distinct());

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);
}
