using EGov.Collab.App.Learning;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Domain.Learning;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>"Cohorts starting soon" in the newsletter: started ones are not upcoming, whatever the gap since the last issue.</summary>
public sealed class LearningNewsletterSourceTests
{
    [Fact]
    public async Task FirstIssue_AnnouncesTheCohortStartingInAWeek_NotTheOneThatStartedYesterday_NorToday()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        var now = harness.Clock.GetUtcNow(); // 23 November 2026, 09:00 in Kyiv
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using (var db = harness.CreateContext())
        {
            var course = Course.Create("Електронне урядування", "E-Governance", "Курс", 36, "Академія", "Academy", "", "EG", now).Value;
            db.Courses.Add(course);
            foreach (var (name, starts) in new[] { ("Учорашня", today.AddDays(-1)), ("Сьогоднішня", today), ("За тиждень", today.AddDays(7)) })
                db.Cohorts.Add(Cohort.Create(course.Id, name, CohortKind.SelfPaced, starts, starts.AddDays(60), now.AddDays(60), null, null, true, null).Value);
            await db.SaveChangesAsync();
        }
        var source = ActivatorUtilities.CreateInstance<LearningNewsletterSource>(harness.Services);

        // No issue yet: the period runs from the epoch, so only the start date keeps old cohorts out.
        var items = await source.PublishedAsync(DateTimeOffset.UnixEpoch, now, CancellationToken.None);

        Assert.Equal(NewsletterLanguages.All.Count, items.Count);
        Assert.All(items, i => Assert.Equal(today.AddDays(7), i.HappensOn));
        var uk = items.Single(i => i.Language == NewsletterLanguages.Ukrainian);
        Assert.Contains("«За тиждень»", uk.Summary, StringComparison.Ordinal);
        Assert.Contains("30 листопада 2026", uk.Summary, StringComparison.Ordinal);
        Assert.Contains("November 30, 2026", items.Single(i => i.Language == NewsletterLanguages.English).Summary, StringComparison.Ordinal);
        // And the issue composed from it keeps them: announced within the period.
        Assert.NotEmpty(IssueComposer.ComposeAll(items, DateTimeOffset.UnixEpoch, now));
    }
}
