using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Documents;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.Library;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>
/// The library's demo content: a librarian account, five collections and 33 works, each with a multi-page PDF written by
/// the portal's PDF layer and kept in the document store; one withdrawn, one with two file versions, one under embargo, one
/// waiting for review; some usage. Runs once (when the library has no items yet).
/// </summary>
public sealed class LibraryDemoData(
    IDbContextFactory<CollabDbContext> dbFactory,
    IDocumentStore documents,
    UserManager<Member> users,
    TimeProvider clock) : IModuleDemoData
{
    public const string LibrarianEmail = "librarian@" + DemoData.EmailDomain;
    private const string LibrarianName = "Галина Литвиненко";

    public int Order => 80;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var librarianId = await SeedLibrarianAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.LibraryCollections.AnyAsync(cancellationToken))
        {
            var position = 0;
            foreach (var (slug, uk, en, descriptionUk, descriptionEn) in LibraryDemoWorks.Collections)
                db.LibraryCollections.Add(LibraryCollection.Create(slug, uk, en, descriptionUk, descriptionEn, position++).Value);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (await db.LibraryItems.AnyAsync(cancellationToken)) return;

        var collections = await db.LibraryCollections.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var communities = await db.Communities.ToDictionaryAsync(c => c.KatottgCode, c => c.Id, cancellationToken);
        var submitters = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@" + DemoData.EmailDomain))
            .OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var numbers = new Dictionary<int, int>();
        var index = 0;
        foreach (var work in LibraryDemoWorks.Works.OrderByDescending(w => w.DaysAgo))
        {
            var published = now.AddDays(-work.DaysAgo);
            var submitter = submitters[index % submitters.Count];
            var document = await StoreAsync(work, index, version: 1, submitter, cancellationToken);
            var metadata = new LibraryMetadata(work.TitleUk, work.TitleEn, "", work.Creators, [], work.Subjects, work.AbstractUk, work.AbstractEn,
                work.Publisher, new DateOnly(work.Year, 1 + index % 12, 1 + index % 28), DcmiType.Text, work.Language, "",
                work.Community is null ? null : communities.GetValueOrDefault(work.Community), LibraryLicences.All[index % LibraryLicences.All.Count].Uri);
            var item = LibraryItem.Submit(collections[work.Collection], submitter, metadata, true, document.Id, document.FileName, document.Length, published.AddDays(-2)).Value;
            index++;
            if (work.TitleUk == LibraryDemoWorks.Waiting)
            {
                db.LibraryItems.Add(item);
                continue;
            }
            var year = PortalTime.ToKyiv(published).Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var embargo = work.TitleUk == LibraryDemoWorks.Embargoed ? DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6) : (DateOnly?)null;
            item.Accept(year, numbers[year], embargo, published, DateOnly.FromDateTime(published.UtcDateTime));
            if (work.TitleUk == LibraryDemoWorks.TwoVersions)
            {
                var second = await StoreAsync(work, index, version: 2, librarianId, cancellationToken);
                item.AddVersion(second.Id, second.FileName, second.Length, librarianId, published.AddDays(30));
            }
            if (work.TitleUk == LibraryDemoWorks.Withdrawn)
                item.Withdraw("Документ втратив чинність; чинна редакція — у колекції «Законодавство та нормативні акти».", published.AddDays(90));
            db.LibraryItems.Add(item);
            if (item.Status == LibraryItemStatus.Published) AddUsage(db, item.Id, published, now, index);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid> SeedLibrarianAsync(CancellationToken cancellationToken)
    {
        var member = await users.FindByEmailAsync(LibrarianEmail);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (member is null)
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Name == ReferenceData.NationalCentre, cancellationToken);
            member = new Member
            {
                UserName = LibrarianEmail,
                Email = LibrarianEmail,
                EmailConfirmed = true,
                FullName = LibrarianName,
                Position = "Бібліотекарка електронної бібліотеки",
                OrganisationId = organisation.Id,
                RegionCode = organisation.RegionCode,
                RegisteredAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(member, DemoData.Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo account {LibrarianEmail}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        if (!await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == member.Id && g.Module == ModuleKey.Library && g.Role == LibraryAccess.LibrarianRole, cancellationToken))
        {
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Library, LibraryAccess.LibrarianRole, null, clock.GetUtcNow()).Value);
            await db.SaveChangesAsync(cancellationToken);
        }
        return member.Id;
    }

    private async Task<StoredDocument> StoreAsync(LibraryDemoWork work, int index, int version, Guid uploadedBy, CancellationToken cancellationToken)
    {
        var pdf = LibraryDemoPdf.Build(work, index, version);
        using var stream = new MemoryStream(pdf);
        var fileName = $"egov-library-{index + 1:D3}{(version > 1 ? $"-v{version}" : "")}.pdf";
        var saved = await documents.SaveAsync(stream, fileName, new DocumentUpload([DocumentKind.Pdf], uploadedBy), cancellationToken);
        return saved.IsSuccess ? saved.Value : throw new InvalidOperationException($"Demo PDF {fileName}: {saved.Error}");
    }

    /// <summary>A deterministic trickle of views and downloads since publication, a few a month.</summary>
    private static void AddUsage(CollabDbContext db, Guid itemId, DateTimeOffset published, DateTimeOffset now, int seed)
    {
        var step = TimeSpan.FromDays(3 + seed % 5);
        var visitor = 0;
        for (var at = published.AddHours(5); at < now; at += step)
        {
            var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(seed * 1000 + visitor++)));
            db.LibraryUsageEvents.Add(new LibraryUsageEvent(itemId, LibraryUsageKind.View, key, at));
            if (visitor % 2 == 0) db.LibraryUsageEvents.Add(new LibraryUsageEvent(itemId, LibraryUsageKind.Download, key, at.AddMinutes(2)));
        }
    }
}
