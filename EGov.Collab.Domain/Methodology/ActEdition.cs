using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Methodology;

/// <summary>One dated edition (redaction) of an act: its text, or a link to the official text, and optionally a PDF in the document store.</summary>
public sealed class ActEdition
{
    public const int TextMaxLength = 200_000;
    public const int NoteMaxLength = 500;

    private ActEdition()
    {
        Text = "";
        Note = "";
    }

    public Guid Id { get; private set; }
    public Guid ActId { get; private set; }
    public DateOnly EditionDate { get; private set; }
    public string Text { get; private set; }
    public string? OfficialUrl { get; private set; }

    /// <summary>The edition's PDF in the portal's document store.</summary>
    public Guid? DocumentId { get; private set; }

    /// <summary>What the edition changed, e.g. «зі змінами, внесеними Законом № 2801-IX».</summary>
    public string Note { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }

    public static Result<ActEdition> Create(LegalAct act, DateOnly editionDate, string? text, string? officialUrl, Guid? documentId, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(act);
        text = (text ?? "").Trim();
        note = (note ?? "").Trim();
        var url = string.IsNullOrWhiteSpace(officialUrl) ? null : officialUrl.Trim();
        if (editionDate < act.AdoptedOn) return MethodologyErrors.EditionBeforeAct;
        if (text.Length == 0 && url is null && documentId is null) return MethodologyErrors.EditionNeedsSource;
        if (text.Length > TextMaxLength) return CommonErrors.TooLong("text");
        if (note.Length > NoteMaxLength) return CommonErrors.TooLong("note");
        if (url is not null && (url.Length > LegalAct.UrlMaxLength || !LegalAct.IsHttpUrl(url))) return MethodologyErrors.InvalidUrl;
        return new ActEdition
        {
            Id = Guid.CreateVersion7(), ActId = act.Id, EditionDate = editionDate, Text = text, OfficialUrl = url,
            DocumentId = documentId, Note = note, EnteredAt = now,
        };
    }
}
