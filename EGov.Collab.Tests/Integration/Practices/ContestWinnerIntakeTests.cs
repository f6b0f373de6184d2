using EGov.Collab.App.Contest;
using EGov.Collab.App.Practices;
using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Practices;

/// <summary>Publishing a nomination's results through the contest's own service turns its winner into a draft practice.</summary>
[Collection(SharedPortal.Name)]
public sealed class ContestWinnerIntakeTests(PortalFactory portal)
{
    [Fact]
    public async Task PublishAsync_Winner_BecomesDraftPracticeWithJuryScoreAndLink_Once()
    {
        var (nominationId, entries) = await NominationWithEntriesAsync();
        var juror = PrincipalOf((await portal.MemberByEmailAsync("juror3@demo.egov.ua")).Id);
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var expert = PrincipalOf((await portal.MemberByEmailAsync("expert2@demo.egov.ua")).Id);
        using var scope = portal.Services.CreateScope();
        var services = scope.ServiceProvider;
        var criterion = await CriterionAsync(nominationId);
        var scoring = services.GetRequiredService<JuryScoring>();
        Assert.True((await scoring.SaveAsync(juror, entries[0], new Dictionary<Guid, double> { [criterion] = 4 }, "", true)).IsSuccess);
        Assert.True((await scoring.SaveAsync(juror, entries[1], new Dictionary<Guid, double> { [criterion] = 9 }, "", true)).IsSuccess);
        Assert.True((await scoring.LockAsync(chair, nominationId)).IsSuccess);
        var administration = services.GetRequiredService<ContestAdministration>();
        Assert.True((await administration.ApproveAsync(chair, nominationId)).IsSuccess);

        Assert.True((await administration.PublishAsync(chair, nominationId)).IsSuccess);
        await services.GetServices<IContestResultsListener>().OfType<ContestWinnerIntake>().Single().ResultsPublishedAsync(nominationId, CancellationToken.None);

        await using var db = Db();
        var practice = await db.Practices.Include(p => p.Concepts).SingleAsync(p => p.ContestEntryId != null && entries.Contains(p.ContestEntryId.Value));
        var winner = await db.ContestEntries.SingleAsync(e => e.Id == entries[1]);
        Assert.Equal(winner.Id, practice.ContestEntryId);
        Assert.Equal(PracticeStatus.Draft, practice.Status);
        Assert.Equal(winner.Title, practice.TitleUk);
        Assert.Equal(winner.Description, practice.SolutionUk);
        Assert.Equal(winner.CommunityId, practice.CommunityId);
        Assert.Equal(90m, practice.JuryScore);

        var view = await services.GetRequiredService<PracticeDetails>().ReadAsync(expert, practice.Id);
        Assert.Equal(nominationId, view!.ContestNominationId);
        Assert.True(view.CanEdit);
        var queue = await services.GetRequiredService<PracticeEditing>().QueueAsync(expert);
        Assert.Contains(queue.Value, p => p.Id == practice.Id);
    }

    private CollabDbContext Db() => portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    private async Task<Guid> CriterionAsync(Guid nominationId)
    {
        await using var db = Db();
        return await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();
    }

    /// <summary>A nomination of the test's own in jury scoring, juror3 on the panel, two eligible entries.</summary>
    private async Task<(Guid NominationId, List<Guid> Entries)> NominationWithEntriesAsync()
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.FirstAsync();
        var schedule = new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-20), now.AddDays(-10), now.AddDays(10));
        var nomination = Nomination.Create(edition.Id, $"Практики {Guid.NewGuid():N}", "", 98, schedule, now).Value;
        nomination.MoveTo(ContestPhase.JuryScoring, now);
        db.ContestNominations.Add(nomination);
        db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
        var applicant = await portal.MemberByEmailAsync("member1@demo.egov.ua");
        var community = await db.Communities.Where(c => c.NameUk == "Львів").Select(c => c.Id).SingleAsync();
        var ids = new List<Guid>();
        foreach (var title in new[] { "Львів: цифровий архів", "Львів: е-черга до лікаря" })
        {
            var form = new EntryForm(nomination.Id, title, community, "Опис рішення " + title, "Результати", "Витрати", "Як повторити", "kontakt@lviv.example");
            var entry = Entry.Draft(applicant.Id, null, form, now).Value;
            entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
            entry.Screen(true, null, now);
            db.ContestEntries.Add(entry);
            ids.Add(entry.Id);
        }
        db.ContestPanel.Add(PanelMember.Create(nomination.Id, (await portal.MemberByEmailAsync("juror3@demo.egov.ua")).Id, null, null));
        await db.SaveChangesAsync();
        return (nomination.Id, ids);
    }
}
