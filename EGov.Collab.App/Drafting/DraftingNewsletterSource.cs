using EGov.Collab.App.Common;
using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

/// <summary>The drafting module's contribution to the newsletter: drafts opened to public consultation in the period.</summary>
public sealed class DraftingNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory, IStringLocalizer<DraftingResource> text) : INewsletterSource
{
    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opened = await db.Drafts.AsNoTracking()
            .Where(d => d.ConsultationOpenedAt > since && d.ConsultationOpenedAt <= until)
            .Select(d => new { d.Id, d.Title, d.ConsultationOpenedAt, d.ConsultationDeadline })
            .ToListAsync(cancellationToken);
        return opened
            .SelectMany(d => NewsletterLanguages.All.Select(language => new NewsletterItem(
                ModuleKey.Drafting.Slug(), d.Title,
                JournalText.In(language, () => text["Newsletter.ConsultationUntil", PortalTime.ToKyiv(d.ConsultationDeadline!.Value).ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value),
                $"/drafting/drafts/{d.Id}", d.ConsultationOpenedAt!.Value, language)))
            .ToList();
    }
}
