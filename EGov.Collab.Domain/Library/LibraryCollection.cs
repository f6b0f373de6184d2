using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Library;

/// <summary>A collection of items (as in DSpace); its slug is also its OAI-PMH setSpec.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A repository collection, the librarians' own term; not a .NET collection type.")]
public sealed class LibraryCollection
{
    public const int SlugMaxLength = 60;
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    private LibraryCollection()
    {
        Slug = NameUk = NameEn = DescriptionUk = DescriptionEn = "";
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; }
    public string NameUk { get; private set; }
    public string NameEn { get; private set; }
    public string DescriptionUk { get; private set; }
    public string DescriptionEn { get; private set; }
    public int Position { get; private set; }

    public string Name(string language) => LibraryLanguages.Pick(language, NameUk, NameEn);

    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= SlugMaxLength
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    public static Result<LibraryCollection> Create(string slug, string nameUk, string nameEn, string descriptionUk, string descriptionEn, int position)
    {
        if (!IsValidSlug(slug)) return CommonErrors.Invalid(nameof(Slug));
        if (string.IsNullOrWhiteSpace(nameUk)) return CommonErrors.Required(nameof(NameUk));
        if (nameUk.Length > NameMaxLength || nameEn.Length > NameMaxLength) return CommonErrors.TooLong(nameof(NameUk));
        if (descriptionUk.Length > DescriptionMaxLength || descriptionEn.Length > DescriptionMaxLength) return CommonErrors.TooLong(nameof(DescriptionUk));
        return new LibraryCollection
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            NameUk = nameUk.Trim(),
            NameEn = nameEn.Trim(),
            DescriptionUk = descriptionUk.Trim(),
            DescriptionEn = descriptionEn.Trim(),
            Position = position,
        };
    }
}
