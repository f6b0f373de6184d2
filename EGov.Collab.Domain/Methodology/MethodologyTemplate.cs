using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;

namespace EGov.Collab.Domain.Methodology;

/// <summary>A structured template of a programme or a typical act; its text lives in numbered <see cref="TemplateVersion"/>s.</summary>
public sealed class MethodologyTemplate
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 2000;

    private MethodologyTemplate()
    {
        Title = "";
        Description = "";
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }

    /// <summary>The kind of draft it becomes in the drafting module.</summary>
    public DraftKind DraftKind { get; private set; }
    public MethodologyLevel Level { get; private set; }
    public int CurrentVersion { get; private set; }
    public Guid? AuthorId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<(MethodologyTemplate Template, TemplateVersion Version)> Create(string title, string? description, DraftKind draftKind,
        MethodologyLevel level, string structure, Guid? authorId, DateTimeOffset now)
    {
        title = (title ?? "").Trim();
        description = (description ?? "").Trim();
        if (title.Length == 0) return CommonErrors.Required("title");
        if (title.Length > TitleMaxLength) return CommonErrors.TooLong("title");
        if (description.Length > DescriptionMaxLength) return CommonErrors.TooLong("description");
        if (!Enum.IsDefined(draftKind)) return CommonErrors.Invalid("draftKind");
        if (!Enum.IsDefined(level)) return CommonErrors.Invalid("level");
        var template = new MethodologyTemplate { Id = Guid.CreateVersion7(), Title = title, Description = description, DraftKind = draftKind, Level = level, AuthorId = authorId };
        var version = template.Revise(structure, authorId, now);
        if (!version.IsSuccess) return version.Error!;
        return (template, version.Value);
    }

    /// <summary>A new version with the given structure (checked by <see cref="TemplateStructure.Parse"/>).</summary>
    public Result<TemplateVersion> Revise(string structure, Guid? authorId, DateTimeOffset now)
    {
        var parsed = TemplateStructure.Parse(structure);
        if (!parsed.IsSuccess) return parsed.Error!;
        var version = TemplateVersion.Create(Id, CurrentVersion + 1, TemplateStructure.Format(parsed.Value), authorId, now);
        CurrentVersion = version.Number;
        UpdatedAt = now;
        return version;
    }
}

/// <summary>One numbered version of a template: its structure in the markup of <see cref="TemplateStructure"/>.</summary>
public sealed class TemplateVersion
{
    public const int StructureMaxLength = 100_000;

    private TemplateVersion()
    {
        Structure = "";
    }

    public Guid Id { get; private set; }
    public Guid TemplateId { get; private set; }
    public int Number { get; private set; }
    public string Structure { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    internal static TemplateVersion Create(Guid templateId, int number, string structure, Guid? createdBy, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), TemplateId = templateId, Number = number, Structure = structure, CreatedBy = createdBy, CreatedAt = now };
}

/// <summary>A draft created from a template version: the link back that the watch and the upstream redline use.</summary>
public sealed class TemplateDraft
{
    public const int ValuesMaxLength = 4000;

    private TemplateDraft()
    {
        PlaceholderValues = "";
    }

    public Guid DraftId { get; private set; }
    public Guid TemplateId { get; private set; }
    public int VersionNumber { get; private set; }

    /// <summary>The values the chair filled in, as JSON, so the upstream redline renders both versions alike.</summary>
    public string PlaceholderValues { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static TemplateDraft Create(Guid draftId, Guid templateId, int versionNumber, string placeholderValues, Guid createdBy, DateTimeOffset now) =>
        new() { DraftId = draftId, TemplateId = templateId, VersionNumber = versionNumber, PlaceholderValues = placeholderValues, CreatedBy = createdBy, CreatedAt = now };
}
