using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Practices;

/// <summary>A community says "we replicated this": once per community and practice, with its adaptation notes.</summary>
public sealed class Replication
{
    public const int NotesMaxLength = 4000;

    private Replication()
    {
        NotesUk = NotesEn = "";
    }

    public Guid Id { get; private set; }
    public Guid PracticeId { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public string NotesUk { get; private set; }
    public string NotesEn { get; private set; }
    public DateOnly ReplicatedOn { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <param name="existingCommunities">Communities that already recorded a replication of this practice.</param>
    public static Result<Replication> Record(Practice practice, Guid communityId, Guid? organisationId, string? notesUk, string? notesEn,
        DateOnly replicatedOn, IReadOnlyCollection<Guid> existingCommunities, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(existingCommunities);
        if (!practice.IsPublic) return PracticeErrors.NotPublished;
        if (practice.CommunityId == communityId) return PracticeErrors.OwnPractice;
        if (existingCommunities.Contains(communityId)) return PracticeErrors.AlreadyReplicated;
        var uk = (notesUk ?? "").Trim();
        var en = (notesEn ?? "").Trim();
        if (uk.Length == 0) return CommonErrors.Required(nameof(NotesUk));
        if (uk.Length > NotesMaxLength) return CommonErrors.TooLong(nameof(NotesUk));
        if (en.Length > NotesMaxLength) return CommonErrors.TooLong(nameof(NotesEn));
        if (replicatedOn > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1))) return CommonErrors.Invalid(nameof(ReplicatedOn));
        return new Replication
        {
            Id = Guid.CreateVersion7(), PracticeId = practice.Id, CommunityId = communityId, OrganisationId = organisationId,
            NotesUk = uk, NotesEn = en, ReplicatedOn = replicatedOn, RecordedBy = recordedBy, RecordedAt = now,
        };
    }
}

/// <summary>A file attached to a practice, kept in the portal's document store.</summary>
public sealed class PracticeAttachment
{
    public const int FileNameMaxLength = 260;

    private PracticeAttachment()
    {
        FileName = "";
    }

    public PracticeAttachment(Guid practiceId, Guid documentId, string fileName, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        PracticeId = practiceId;
        DocumentId = documentId;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        AddedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid PracticeId { get; private set; }
    public Guid DocumentId { get; private set; }
    public string FileName { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
}
