using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The depository's demo: the classifier, the module's experts (expert1 administers the module, expert2 reviews), the
/// cities the practices come from, 27 published practices (two taken in from contest entries) and six replications.
/// Idempotent: each part is added only when missing.
/// </summary>
public sealed class PracticesDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string ModuleAdministrator = "expert1";
    public const string ModuleExpert = "expert2";

    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await SeedClassifierAsync(cancellationToken);
        await SeedExpertsAsync(now, cancellationToken);
        await SeedCitiesAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (await db.Practices.AnyAsync(cancellationToken)) return;

        var concepts = await db.PracticeClassifier.ToDictionaryAsync(c => $"{c.Scheme.Slug()}:{c.Notation}", c => c.Id, cancellationToken);
        var communities = await db.Communities.ToListAsync(cancellationToken);
        var members = await db.Users.Where(u => u.Email!.EndsWith("@" + DemoData.EmailDomain))
            .ToDictionaryAsync(u => u.Email!.Split('@')[0], u => (u.Id, u.OrganisationId), cancellationToken);
        var entries = await db.ContestEntries.ToDictionaryAsync(e => e.Title, e => e.Id, cancellationToken);
        var practices = new Dictionary<string, Practice>();
        foreach (var demo in PracticesDemoCases.All)
        {
            var community = communities.First(c => c.NameUk == demo.Community);
            var author = members[demo.Author];
            var content = new PracticeContent
            {
                TitleUk = demo.TitleUk, TitleEn = demo.TitleEn, ProblemUk = demo.ProblemUk, ProblemEn = demo.ProblemEn,
                SolutionUk = demo.SolutionUk, SolutionEn = demo.SolutionEn, ImplementationUk = demo.ImplementationUk, ResourcesUk = demo.ResourcesUk,
                LessonsUk = demo.LessonsUk, TransferabilityUk = demo.TransferabilityUk, CostUah = demo.CostUah,
                Contacts = $"{demo.Community}: e-gov@{DemoData.EmailDomain}", CommunityId = community.Id, OrganisationId = author.OrganisationId,
                StartedOn = DateOnly.Parse(demo.Started, System.Globalization.CultureInfo.InvariantCulture),
                ImplementedOn = DateOnly.Parse(demo.Implemented, System.Globalization.CultureInfo.InvariantCulture),
                Results = demo.Results, ConceptIds = demo.Concepts.Select(c => concepts[c]).ToList(), ReadinessCodes = demo.Readiness,
            };
            var created = now.AddDays(-demo.PublishedDaysAgo - 14);
            var region = CommunityRegions.RegionOf(community.KatottgCode);
            var practice = demo.ContestEntry is { } entryTitle && entries.TryGetValue(entryTitle, out var entryId)
                ? Practice.FromContestWinner(content, region, author.Id, entryId, 8.4m + practices.Count % 3 * 0.3m, created).Value
                : Practice.Create(content, region, author.Id, created).Value;
            practice.Submit(created.AddDays(2));
            practice.Publish(now.AddDays(-demo.PublishedDaysAgo));
            db.Practices.Add(practice);
            practices[demo.TitleUk] = practice;
        }
        foreach (var (title, communityName, on, notesUk, notesEn) in PracticesDemoCases.Replications)
        {
            var practice = practices[title];
            var community = communities.First(c => c.NameUk == communityName);
            var replication = Replication.Record(practice, community.Id, null, notesUk, notesEn,
                DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), [], members["member2"].Id, now);
            db.PracticeReplications.Add(replication.Value);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedClassifierAsync(CancellationToken cancellationToken)
    {
        if (await db.PracticeClassifier.AnyAsync(cancellationToken)) return;
        var added = new Dictionary<(ConceptScheme, string), Concept>();
        foreach (var (scheme, notation, uk, en, broader) in PracticesDemoClassifier.Concepts)
        {
            var concept = Concept.Create(scheme, notation, uk, en).Value;
            if (broader is not null)
                concept.MoveUnder(added[(scheme, broader)], added.Values.ToDictionary(c => c.Id, c => c.BroaderId));
            added[(scheme, notation)] = concept;
            db.PracticeClassifier.Add(concept);
        }
    }

    private async Task SeedExpertsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (localPart, role) in new[] { (ModuleAdministrator, ModuleRole.Administrator), (ModuleExpert, ModuleRole.Editor) })
        {
            var memberId = await db.Users.Where(u => u.Email == $"{localPart}@{DemoData.EmailDomain}").Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            if (memberId is null) continue;
            if (await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == memberId && g.Module == ModuleKey.Practices && g.Role == role, cancellationToken)) continue;
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId.Value, ModuleKey.Practices, role, null, now).Value);
        }
    }

    private async Task SeedCitiesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Communities.Select(c => c.NameUk).ToListAsync(cancellationToken);
        var index = 0;
        foreach (var (uk, en, region) in PracticesDemoCases.Cities)
        {
            index++;
            if (existing.Contains(uk)) continue;
            // A format-valid KATOTTG code in the right region; the demo does not carry the real codifier.
            var code = $"{region}9{index:D14}";
            db.Communities.Add(Community.Create(uk, en, CommunityKind.City, code, null).Value);
        }
    }
}
