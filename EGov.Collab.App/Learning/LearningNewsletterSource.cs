using EGov.Collab.App.Common;
using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Learning;

/// <summary>
/// E-learning's contribution to the newsletter: open cohorts announced once, two weeks before they start — a cohort
/// is in the issue whose period contains its start date less <see cref="AnnouncedAhead"/>, so no issue repeats it.
/// </summary>
public sealed class LearningNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory, IStringLocalizer<LearningResource> text) : INewsletterSource
{
    public static readonly TimeSpan AnnouncedAhead = TimeSpan.FromDays(14);

    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var from = DateOnly.FromDateTime((since + AnnouncedAhead).UtcDateTime);
        var to = DateOnly.FromDateTime((until + AnnouncedAhead).UtcDateTime);
        // A long gap since the last issue (or none yet) must not announce cohorts that have already begun: only those
        // starting after today, in Kyiv, are upcoming.
        var today = DateOnly.FromDateTime(PortalTime.ToKyiv(until).DateTime);
        if (from < today) from = today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => c.SelfEnrolment && c.StartsOn > from && c.StartsOn <= to)
            .Join(db.Courses, c => c.CourseId, course => course.Id, (c, course) => new { c.Name, c.StartsOn, course.Id, course.Title, course.TitleEn })
            .ToListAsync(cancellationToken);
        return cohorts
            .SelectMany(c => NewsletterLanguages.All.Select(language => new NewsletterItem(
                ModuleKey.Learning.Slug(),
                language == NewsletterLanguages.English && c.TitleEn.Length > 0 ? c.TitleEn : c.Title,
                JournalText.In(language, () => text["Newsletter.CohortStarts", c.Name, c.StartsOn.ToString(text["Newsletter.DateFormat"].Value, System.Globalization.CultureInfo.CurrentCulture)].Value),
                $"/learning/courses/{c.Id}",
                new DateTimeOffset(c.StartsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - AnnouncedAhead,
                language,
                HappensOn: c.StartsOn)))
            .ToList();
    }
}
