using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Domain.Drafting;

/// <summary>
/// A proposal to change one provision (replace its text, insert a provision after it, delete it) with a rationale.
/// Members support, oppose or comment; the chair accepts (it becomes operations credited to the author) or rejects
/// with a reason, or its author withdraws it. Once decided it is closed, and it is decided once.
/// </summary>
public sealed class Amendment
{
    public const int TextMaxLength = 20_000;
    public const int RationaleMaxLength = 4000;
    public const int ReasonMaxLength = 2000;

    private readonly List<AmendmentResponse> _responses = [];

    private Amendment()
    {
        Rationale = "";
    }

    public Guid Id { get; private set; }
    public Guid DraftId { get; private set; }
    public Guid AuthorId { get; private set; }
    public AmendmentKind Kind { get; private set; }
    public Guid ProvisionId { get; private set; }
    /// <summary>The provision's text when proposed (shown beside the proposal, and in the table of proposals).</summary>
    public string? OriginalText { get; private set; }
    public string? ProposedText { get; private set; }
    public ProvisionKind? ProposedKind { get; private set; }
    public string Rationale { get; private set; }
    public long BaseRevision { get; private set; }
    /// <summary>Proposed by the public during a consultation (not by a group member).</summary>
    public bool DuringConsultation { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public AmendmentStatus Status { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    public long? AppliedRevision { get; private set; }
    public IReadOnlyList<AmendmentResponse> Responses => _responses;

    public int Support => _responses.Count(r => r.Stance == Stance.Support);
    public int Oppose => _responses.Count(r => r.Stance == Stance.Oppose);

    public static Result<Amendment> Propose(Guid draftId, Guid authorId, AmendmentKind kind, Provision target, string? proposedText,
        ProvisionKind? proposedKind, string rationale, long baseRevision, bool duringConsultation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        rationale = (rationale ?? "").Trim();
        proposedText = proposedText?.Trim();
        if (rationale.Length == 0) return DraftingErrors.RationaleRequired;
        if (rationale.Length > RationaleMaxLength) return CommonErrors.TooLong("rationale");
        if (kind != AmendmentKind.Delete && string.IsNullOrEmpty(proposedText)) return DraftingErrors.TextRequired;
        if (proposedText is { Length: > TextMaxLength }) return CommonErrors.TooLong("text");
        if (!Enum.IsDefined(kind)) return CommonErrors.Invalid("kind");
        return new Amendment
        {
            Id = Guid.CreateVersion7(),
            DraftId = draftId,
            AuthorId = authorId,
            Kind = kind,
            ProvisionId = target.Id,
            OriginalText = target.Text,
            ProposedText = kind == AmendmentKind.Delete ? null : proposedText,
            ProposedKind = kind == AmendmentKind.InsertAfter ? proposedKind ?? target.Kind : null,
            Rationale = rationale,
            BaseRevision = baseRevision,
            DuringConsultation = duringConsultation,
            ProposedAt = now,
            Status = AmendmentStatus.Open,
        };
    }

    /// <summary>Support and oppose are one vote per member (a new stance replaces the old); comments add up.</summary>
    public Result<AmendmentResponse> Respond(Guid memberId, Stance stance, string? text, DateTimeOffset now)
    {
        if (Status != AmendmentStatus.Open) return DraftingErrors.AmendmentClosed;
        text = text?.Trim();
        if (stance == Stance.Comment && string.IsNullOrEmpty(text)) return DraftingErrors.TextRequired;
        if (text is { Length: > AmendmentResponse.TextMaxLength }) return CommonErrors.TooLong("text");
        if (stance != Stance.Comment)
        {
            if (memberId == AuthorId) return DraftingErrors.OwnAmendment;
            _responses.RemoveAll(r => r.MemberId == memberId && r.Stance != Stance.Comment);
        }
        var response = new AmendmentResponse(Id, memberId, stance, string.IsNullOrEmpty(text) ? null : text, now);
        _responses.Add(response);
        return response;
    }

    /// <summary>The operations that carry the amendment out on the current text.</summary>
    public Result<IReadOnlyList<DraftOperation>> ToOperations(DraftDocument current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var index = current.IndexOf(ProvisionId);
        if (index < 0) return DraftingErrors.ProvisionGone;
        var target = current.Provisions[index];
        IReadOnlyList<DraftOperation> operations = Kind switch
        {
            AmendmentKind.Replace => target.Text.Length == 0
                ? [new InsertText(target.Id, 0, ProposedText!)]
                : [new DeleteText(target.Id, 0, target.Text), new InsertText(target.Id, 0, ProposedText!)],
            AmendmentKind.InsertAfter => [new AddProvision(index + 1, new Provision(Guid.CreateVersion7(), ProposedKind ?? target.Kind, ProposedText!))],
            AmendmentKind.Delete => [new DeleteProvision(index, target)],
            _ => throw new InvalidOperationException($"Unknown amendment kind {Kind}."),
        };
        return Result.Success(operations);
    }

    /// <summary>
    /// The chair's decision to accept: claimed first (saved under the amendment's version token, so a second chair or a
    /// double click is told "already decided"), then carried out and recorded with <see cref="RecordApplied"/>.
    /// </summary>
    public Result Accept(Guid chairId, DateTimeOffset now)
    {
        if (Status != AmendmentStatus.Open) return DraftingErrors.AmendmentAlreadyDecided;
        Status = AmendmentStatus.Accepted;
        DecidedBy = chairId;
        DecidedAt = now;
        return Result.Success();
    }

    /// <summary>The revision at which the accepted text entered the draft.</summary>
    public void RecordApplied(long revision)
    {
        if (Status != AmendmentStatus.Accepted || AppliedRevision is not null)
            throw new InvalidOperationException("Only an accepted amendment not yet applied can record where it was applied.");
        AppliedRevision = revision;
    }

    /// <summary>An acceptance whose text could not be applied (the provision went meanwhile) is taken back: the amendment is open again.</summary>
    public void UndoAcceptance()
    {
        if (Status != AmendmentStatus.Accepted || AppliedRevision is not null)
            throw new InvalidOperationException("Only an acceptance not yet applied can be taken back.");
        Status = AmendmentStatus.Open;
        DecidedBy = null;
        DecidedAt = null;
    }

    public Result Reject(Guid chairId, string reason, DateTimeOffset now)
    {
        if (Status != AmendmentStatus.Open) return DraftingErrors.AmendmentAlreadyDecided;
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) return DraftingErrors.ReasonRequired;
        if (reason.Length > ReasonMaxLength) return CommonErrors.TooLong("reason");
        Status = AmendmentStatus.Rejected;
        DecidedBy = chairId;
        DecidedAt = now;
        DecisionReason = reason;
        return Result.Success();
    }

    /// <summary>Its author takes an open amendment back; a decided one stays as decided.</summary>
    public Result Withdraw(Guid memberId, DateTimeOffset now)
    {
        if (memberId != AuthorId) return DraftingErrors.NotAuthor;
        if (Status != AmendmentStatus.Open) return DraftingErrors.AmendmentAlreadyDecided;
        Status = AmendmentStatus.Withdrawn;
        DecidedBy = memberId;
        DecidedAt = now;
        return Result.Success();
    }
}

public sealed class AmendmentResponse
{
    public const int TextMaxLength = 4000;

    private AmendmentResponse()
    {
    }

    internal AmendmentResponse(Guid amendmentId, Guid memberId, Stance stance, string? text, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        AmendmentId = amendmentId;
        MemberId = memberId;
        Stance = stance;
        Text = text;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid AmendmentId { get; private set; }
    public Guid MemberId { get; private set; }
    public Stance Stance { get; private set; }
    public string? Text { get; private set; }
    public DateTimeOffset At { get; private set; }
}
