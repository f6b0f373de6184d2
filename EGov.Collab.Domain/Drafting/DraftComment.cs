using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting;

/// <summary>
/// A comment on a range of one provision's text (as it was at <see cref="AnchorRevision"/>; later operations move the
/// range with its words), or a reply to another comment. Resolving closes the thread.
/// </summary>
public sealed class DraftComment
{
    public const int BodyMaxLength = 4000;
    public const int QuoteMaxLength = 500;

    private DraftComment()
    {
        Body = "";
    }

    public Guid Id { get; private set; }
    public Guid DraftId { get; private set; }
    public Guid? ParentId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Body { get; private set; }
    public Guid? ProvisionId { get; private set; }
    public int AnchorStart { get; private set; }
    public int AnchorEnd { get; private set; }
    public long AnchorRevision { get; private set; }
    /// <summary>The words the comment was made on, shown when the provision has gone.</summary>
    public string? Quote { get; private set; }
    public bool DuringConsultation { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public Guid? ResolvedBy { get; private set; }

    public bool IsResolved => ResolvedAt is not null;

    public static Result<DraftComment> Create(Guid draftId, Guid authorId, string body, Guid provisionId, string provisionText,
        int start, int end, long revision, bool duringConsultation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(provisionText);
        var checkedBody = CheckBody(body);
        if (!checkedBody.IsSuccess) return checkedBody.Error!;
        start = Math.Clamp(start, 0, provisionText.Length);
        end = Math.Clamp(end, start, provisionText.Length);
        var quote = provisionText[start..end];
        return new DraftComment
        {
            Id = Guid.CreateVersion7(),
            DraftId = draftId,
            AuthorId = authorId,
            Body = checkedBody.Value,
            ProvisionId = provisionId,
            AnchorStart = start,
            AnchorEnd = end,
            AnchorRevision = revision,
            Quote = quote.Length > QuoteMaxLength ? quote[..QuoteMaxLength] : quote,
            DuringConsultation = duringConsultation,
            At = now,
        };
    }

    public Result<DraftComment> Reply(Guid authorId, string body, DateTimeOffset now)
    {
        if (IsResolved) return DraftingErrors.CommentResolved;
        var checkedBody = CheckBody(body);
        if (!checkedBody.IsSuccess) return checkedBody.Error!;
        return new DraftComment
        {
            Id = Guid.CreateVersion7(),
            DraftId = DraftId,
            ParentId = Id,
            AuthorId = authorId,
            Body = checkedBody.Value,
            DuringConsultation = DuringConsultation,
            At = now,
        };
    }

    public Result Resolve(Guid by, DateTimeOffset now)
    {
        if (ParentId is not null) return CommonErrors.Invalid("comment");
        if (IsResolved) return DraftingErrors.CommentResolved;
        ResolvedAt = now;
        ResolvedBy = by;
        return Result.Success();
    }

    private static Result<string> CheckBody(string body)
    {
        body = (body ?? "").Trim();
        if (body.Length == 0) return CommonErrors.Required("body");
        if (body.Length > BodyMaxLength) return CommonErrors.TooLong("body");
        return body;
    }
}
