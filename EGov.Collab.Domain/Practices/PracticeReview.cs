using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Practices;

public enum ReviewKind
{
    Submitted = 1,
    Comment = 2,
    ChangesRequested = 3,
    Published = 4,
}

/// <summary>One step of a practice's validation as its author and the experts see it: a comment or a decision.</summary>
public sealed class PracticeReview
{
    public const int TextMaxLength = 4000;

    private PracticeReview()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid PracticeId { get; private set; }
    public Guid AuthorId { get; private set; }
    public ReviewKind Kind { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset At { get; private set; }

    public static Result<PracticeReview> Create(Guid practiceId, Guid authorId, ReviewKind kind, string? text, DateTimeOffset now)
    {
        var clean = (text ?? "").Trim();
        if (clean.Length > TextMaxLength) return CommonErrors.TooLong(nameof(Text));
        if (clean.Length == 0 && kind is ReviewKind.Comment or ReviewKind.ChangesRequested) return CommonErrors.Required(nameof(Text));
        return new PracticeReview { Id = Guid.CreateVersion7(), PracticeId = practiceId, AuthorId = authorId, Kind = kind, Text = clean, At = now };
    }
}
