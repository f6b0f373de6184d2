using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.Domain.Contest;

/// <summary>Who a juror is, for conflict detection: their organisation and the community they belong to.</summary>
public sealed record JurorProfile(Guid MemberId, Guid? OrganisationId, Guid? CommunityId);

/// <summary>Whose an entry is: the applicant's organisation, the community the practice is from, and the applicant.</summary>
public sealed record EntryProfile(Guid EntryId, Guid? OrganisationId, Guid? CommunityId, Guid? ApplicantId = null);

/// <summary>Conflicts of interest (HotCRP-style): declared by the juror, or detected from organisation and community.</summary>
public static class ConflictRules
{
    /// <summary>Why the juror may not score the entry, or null when they may. Their own entry counts first, then a declaration.</summary>
    public static ConflictSource? Detect(JurorProfile juror, EntryProfile entry, IReadOnlySet<(Guid JurorId, Guid EntryId)> declared)
    {
        ArgumentNullException.ThrowIfNull(juror);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(declared);
        if (entry.ApplicantId is not null && entry.ApplicantId == juror.MemberId) return ConflictSource.OwnEntry;
        if (declared.Contains((juror.MemberId, entry.EntryId))) return ConflictSource.Declared;
        if (juror.OrganisationId is not null && juror.OrganisationId == entry.OrganisationId) return ConflictSource.SameOrganisation;
        if (juror.CommunityId is not null && juror.CommunityId == entry.CommunityId) return ConflictSource.SameCommunity;
        return null;
    }
}

/// <summary>Blind mode (HotCRP's "reviews visible after submitting"): who sees the other jurors' scores of an entry.</summary>
public static class ScoreVisibility
{
    public static bool CanSeeOthers(bool blindMode, bool isChair, bool ownSheetSubmitted) =>
        isChair || !blindMode || ownSheetSubmitted;

    /// <summary>The jury's scores, ranking and disagreement flags: the chair's until the results are published, then everyone's.</summary>
    public static bool IsJuryStandingVisible(DateTimeOffset? resultsPublishedAt, bool isChair) =>
        isChair || resultsPublishedAt is not null;
}

/// <summary>The public vote's rules, checked before the database's unique (member, entry) index has the last word.</summary>
public static class VoteRules
{
    public const int MinVotesPerMember = 1;
    public const int MaxVotesPerMember = 20;

    public static Result CanCast(ContestPhase phase, bool emailConfirmed, bool entryEligible, bool ownEntry, bool alreadyVotedForEntry, int votesInNomination,
        int votesPerMember)
    {
        if (!PhaseRules.IsVotingOpen(phase)) return ContestErrors.VotingClosed;
        if (!emailConfirmed) return ContestErrors.EmailNotConfirmed;
        if (!entryEligible) return ContestErrors.EntryNotEligible;
        if (ownEntry) return ContestErrors.OwnEntry;
        if (alreadyVotedForEntry) return ContestErrors.AlreadyVoted;
        if (votesInNomination >= votesPerMember) return ContestErrors.VoteLimitReached;
        return Result.Success();
    }

    /// <summary>An applicant's own entry: the account that submitted it, or any account of the organisation it was submitted for.</summary>
    public static bool IsOwnEntry(Guid voterId, Guid? voterOrganisationId, Guid applicantId, Guid? entryOrganisationId) =>
        voterId == applicantId || (voterOrganisationId is not null && voterOrganisationId == entryOrganisationId);

    public static Result CanWithdraw(ContestPhase phase, bool hasVoted)
    {
        if (!PhaseRules.IsVotingOpen(phase)) return ContestErrors.VotingClosed;
        return hasVoted ? Result.Success() : ContestErrors.NotVoted;
    }
}

/// <summary>Attachments to an entry: a few documents or images of modest size.</summary>
public static class AttachmentRules
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerEntry = 5;
    public const int FileNameMaxLength = 200;

    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>What the file's first bytes must be for each extension (DOCX and XLSX are ZIP containers).</summary>
    public static readonly IReadOnlyDictionary<string, DocumentKind> Kinds = new Dictionary<string, DocumentKind>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentKind.Pdf,
        [".png"] = DocumentKind.Png,
        [".jpg"] = DocumentKind.Jpeg,
        [".jpeg"] = DocumentKind.Jpeg,
        [".docx"] = DocumentKind.Zip,
        [".xlsx"] = DocumentKind.Zip,
    };

    /// <summary>Whether the file's first bytes are what its extension claims.</summary>
    public static bool ContentMatches(string fileName, ReadOnlySpan<byte> head) =>
        Kinds.TryGetValue(Path.GetExtension(fileName), out var kind) && FileSignature.Detect(head) == kind;

    /// <summary>Whether one more file may join <paramref name="alreadyAttached"/> under the nomination's limit of <paramref name="allowed"/> (0: none).</summary>
    public static Result Validate(string fileName, long size, int alreadyAttached, int allowed = MaxPerEntry)
    {
        if (allowed <= 0) return ContestErrors.AttachmentsNotAllowed;
        if (alreadyAttached >= Math.Min(allowed, MaxPerEntry)) return ContestErrors.TooManyAttachments;
        if (size <= 0 || size > MaxBytes) return ContestErrors.AttachmentTooLarge;
        if (string.IsNullOrWhiteSpace(fileName) || !Types.ContainsKey(Path.GetExtension(fileName))) return ContestErrors.AttachmentType;
        return Result.Success();
    }
}
