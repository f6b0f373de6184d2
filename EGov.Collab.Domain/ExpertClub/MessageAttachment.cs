using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// A file attached to a club message: a document of the portal's store, shown under the message with the name it was
/// attached under. It is served only to whoever may read the message, and not at all once the message is deleted.
/// </summary>
public sealed class MessageAttachment
{
    public const int MaxPerMessage = 5;
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>What a member may attach, decided by content by the document store.</summary>
    public static readonly IReadOnlyList<DocumentKind> AllowedKinds =
        [DocumentKind.Pdf, DocumentKind.Docx, DocumentKind.Xlsx, DocumentKind.Png, DocumentKind.Jpeg];

    private MessageAttachment()
    {
        FileName = "";
    }

    public Guid Id { get; private set; }
    public Guid MessageId { get; private set; }
    public Guid DocumentId { get; private set; }
    /// <summary>Order under the message (0, 1, …), as the member attached them.</summary>
    public int Position { get; private set; }
    public string FileName { get; private set; }

    /// <summary>
    /// Checks what a member wants to attach to one message: at most <see cref="MaxPerMessage"/> files, each of an allowed
    /// kind and within <see cref="MaxBytes"/>, none twice. The store already refused others on upload; this guards the post.
    /// </summary>
    public static Result Check(IReadOnlyCollection<(Guid DocumentId, DocumentKind Kind, long Length)> files)
    {
        if (files.Count > MaxPerMessage) return ClubErrors.TooManyAttachments;
        if (files.Select(f => f.DocumentId).Distinct().Count() != files.Count) return ClubErrors.DuplicateAttachment;
        foreach (var file in files)
        {
            if (!AllowedKinds.Contains(file.Kind)) return DocumentErrors.KindNotAllowed;
            if (file.Length > MaxBytes) return DocumentErrors.TooLarge;
        }
        return Result.Success();
    }

    public static MessageAttachment Create(Guid messageId, Guid documentId, int position, string fileName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, MaxPerMessage);
        var name = DocumentRules.CleanFileName(fileName);
        if (name.Length == 0) throw new ArgumentException("An attachment has a name.", nameof(fileName));
        return new MessageAttachment { Id = Guid.CreateVersion7(), MessageId = messageId, DocumentId = documentId, Position = position, FileName = name };
    }
}
