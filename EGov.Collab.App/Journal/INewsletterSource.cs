using EGov.Collab.Domain.Journal;

namespace EGov.Collab.App.Journal;

/// <summary>
/// What a module offers the newsletter: its items published in (<paramref name="since"/>, <paramref name="until"/>].
/// Each module registers one (<c>services.AddScoped&lt;INewsletterSource, XxxNewsletterSource&gt;()</c>) with its slug
/// as <see cref="NewsletterItem.Source"/>: drafts opened for consultation, contest results, practices, library items,
/// upcoming cohorts. The newsletter asks them all.
/// </summary>
public interface INewsletterSource
{
    Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
