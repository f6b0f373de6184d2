using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting;

/// <summary>A named revision of a draft's text.</summary>
public sealed class DraftVersion
{
    public const int NameMaxLength = 200;

    private DraftVersion()
    {
        Name = "";
    }

    public Guid Id { get; private set; }
    public Guid DraftId { get; private set; }
    public string Name { get; private set; }
    public long Revision { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<DraftVersion> Create(Guid draftId, string name, long revision, Guid createdBy, DateTimeOffset now)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) return CommonErrors.Required("name");
        if (name.Length > NameMaxLength) return CommonErrors.TooLong("name");
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        return new DraftVersion { Id = Guid.CreateVersion7(), DraftId = draftId, Name = name, Revision = revision, CreatedBy = createdBy, CreatedAt = now };
    }
}
