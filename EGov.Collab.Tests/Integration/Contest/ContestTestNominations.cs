using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>A nomination of a test's own (so tests do not share state), in a given phase, with eligible entries and a panel.</summary>
internal static class ContestTestNominations
{
    public static async Task<(Guid NominationId, List<Guid> Entries)> CreateAsync(PortalFactory portal, ContestPhase phase, int entries, string[]? panel = null,
        string applicantEmail = "member1@demo.egov.ua")
    {
        await using var db = portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.FirstAsync();
        var schedule = phase == ContestPhase.Registration
            ? new PhaseSchedule(now.AddDays(-1), now.AddDays(10), now.AddDays(20), now.AddDays(30), now.AddDays(40))
            : new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-20), now.AddDays(-10), now.AddDays(10));
        var nomination = Nomination.Create(edition.Id, $"Тест {Guid.NewGuid():N}", "", 99, schedule, now).Value;
        nomination.MoveTo(phase, now);
        db.ContestNominations.Add(nomination);
        db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
        var applicant = await portal.MemberByEmailAsync(applicantEmail);
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < entries; i++)
        {
            var form = new EntryForm(nomination.Id, $"Заявка {i} {Guid.NewGuid():N}", community, "Опис", "Результати", "Витрати", "Як повторити", "контакти@x.ua");
            var entry = Entry.Draft(applicant.Id, null, form, now).Value;
            entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
            entry.Screen(true, null, now);
            db.ContestEntries.Add(entry);
            ids.Add(entry.Id);
        }
        foreach (var email in panel ?? [])
        {
            var juror = await portal.MemberByEmailAsync($"{email}@demo.egov.ua");
            db.ContestPanel.Add(PanelMember.Create(nomination.Id, juror.Id, null, null));
        }
        await db.SaveChangesAsync();
        return (nomination.Id, ids);
    }
}
