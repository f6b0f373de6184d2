namespace EGov.Collab.Domain.Journal;

/// <summary>
/// One thing published somewhere on the portal that a newsletter may mention: an article, a draft opened for
/// consultation, contest results, a practice, a library item, an upcoming cohort. <see cref="Source"/> is the module's
/// slug ("journal", "drafting" …); <see cref="Language"/> null means the item reads the same in any edition.
/// <see cref="HappensOn"/> is the day of an event the item announces (a cohort's first day); the mail shows it instead of
/// <see cref="PublishedAt"/>, which for such items is only when the newsletter should mention them. Editions stored
/// before it existed read it as null.
/// </summary>
public sealed record NewsletterItem(
    string Source,
    string Title,
    string Summary,
    string Url,
    DateTimeOffset PublishedAt,
    string? Language = null,
    Audiences Audiences = Audiences.All,
    DateOnly? HappensOn = null);

/// <summary>The items of one source in an edition, in the order they are shown.</summary>
public sealed record NewsletterSection(string Source, IReadOnlyList<NewsletterItem> Items);

/// <summary>What one audience in one language receives.</summary>
public sealed record EditionContent(SubscriberAudience Audience, string Language, IReadOnlyList<NewsletterSection> Sections)
{
    public bool IsEmpty => Sections.Count == 0;

    public int ItemCount => Sections.Sum(s => s.Items.Count);
}
