using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Methodology;

/// <summary>The methodology base's contribution to the newsletter: acts entered or changed in the period.</summary>
public sealed class MethodologyNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory, IStringLocalizer<MethodologyResource> text) : INewsletterSource
{
    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var acts = await db.LegalActs.AsNoTracking().Where(a => a.UpdatedAt > since && a.UpdatedAt <= until).ToListAsync(cancellationToken);
        return acts
            .SelectMany(a => NewsletterLanguages.All.Select(language => new NewsletterItem(
                ModuleKey.Methodology.Slug(), a.Title,
                JournalText.In(language, () => text["Newsletter.ActChanged", LegalActCsv.TypeName(a.Type), a.Number, LegalActCsv.FormatDate(a.AdoptedOn)].Value),
                MethodologyLinks.Act(a.Id), a.UpdatedAt, language)))
            .ToList();
    }
}
