namespace EGov.Collab.Domain.Journal;

/// <summary>A rubric of the journal ("News", "Cases", "Opinions"), named in both languages.</summary>
public sealed class Section
{
    public const int NameMaxLength = 100;
    public const int SlugMaxLength = 60;

    private Section()
    {
        Slug = "";
        NameUk = "";
        NameEn = "";
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; }
    public string NameUk { get; private set; }
    public string NameEn { get; private set; }
    public int Position { get; private set; }

    public string Name(string language) => language == NewsletterLanguages.English ? NameEn : NameUk;

    public static Section Create(string slug, string nameUk, string nameEn, int position)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameUk);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        return new Section { Id = Guid.CreateVersion7(), Slug = slug, NameUk = nameUk, NameEn = nameEn, Position = position };
    }
}
