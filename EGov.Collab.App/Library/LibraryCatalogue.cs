using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

public enum LibrarySort
{
    Date = 1,
    Title = 2,
    Downloads = 3,
}

/// <summary>What the browse page asks for; every filter is optional.</summary>
public sealed record LibraryBrowseQuery(
    string? Collection = null,
    string? Author = null,
    string? Subject = null,
    int? Year = null,
    string? Language = null,
    LibrarySort Sort = LibrarySort.Date,
    int Page = 1)
{
    public const int PageSize = 20;
}

public sealed record LibraryCard(Guid Id, string Title, IReadOnlyList<string> Creators, DateOnly DateIssued, string Collection, string Language, string LicenceLabel, string? PersistentId);

public sealed record LibraryFacet(string Value, string Label, int Count);

public sealed record LibraryBrowseResult(
    IReadOnlyList<LibraryCard> Items,
    int Total,
    IReadOnlyList<LibraryFacet> Collections,
    IReadOnlyList<LibraryFacet> Authors,
    IReadOnlyList<LibraryFacet> Subjects,
    IReadOnlyList<LibraryFacet> Years,
    IReadOnlyList<LibraryFacet> Languages);

public sealed record LibrarySubmissionRow(Guid Id, string Title, LibraryItemStatus Status, DateTimeOffset SubmittedAt, string? Comment, string SubmitterName, string Collection);

public sealed record LibraryCollectionOption(Guid Id, string Slug, string Name);

/// <summary>The read side of the library: browsing with facets, the submitter's and the librarians' lists, form choices.</summary>
public sealed class LibraryCatalogue(IDbContextFactory<CollabDbContext> dbFactory, LibraryAccess access)
{
    private const int AuthorFacetSize = 10;
    private const int SubjectFacetSize = 15;

    public async Task<LibraryBrowseResult> BrowseAsync(LibraryBrowseQuery query, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var language = LibraryLanguages.ForCulture(culture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var collections = await db.LibraryCollections.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);

        var items = db.LibraryItems.AsNoTracking().Where(i => i.Status == LibraryItemStatus.Published);
        if (!string.IsNullOrEmpty(query.Collection))
        {
            var collection = collections.FirstOrDefault(c => c.Slug == query.Collection);
            var collectionId = collection?.Id ?? Guid.Empty;
            items = items.Where(i => i.CollectionId == collectionId);
        }
        if (!string.IsNullOrEmpty(query.Author))
            items = items.Where(i => i.Agents.Any(a => a.Role == LibraryAgentRole.Creator && a.Name == query.Author));
        if (!string.IsNullOrEmpty(query.Subject))
            items = items.Where(i => i.Subjects.Any(s => s.Value == query.Subject));
        if (query.Year is { } year)
        {
            var (first, last) = (new DateOnly(Math.Clamp(year, 1, 9999), 1, 1), new DateOnly(Math.Clamp(year, 1, 9999), 12, 31));
            items = items.Where(i => i.DateIssued >= first && i.DateIssued <= last);
        }
        if (!string.IsNullOrEmpty(query.Language))
            items = items.Where(i => i.Language == query.Language);

        var total = await items.CountAsync(cancellationToken);
        var ordered = query.Sort switch
        {
            LibrarySort.Title when language == LibraryLanguages.English =>
                items.OrderBy(i => i.TitleEn != "" ? i.TitleEn : i.TitleUk).ThenBy(i => i.Id),
            LibrarySort.Title => items.OrderBy(i => i.TitleUk != "" ? i.TitleUk : i.TitleEn).ThenBy(i => i.Id),
            LibrarySort.Downloads => items
                .OrderByDescending(i => db.LibraryUsageEvents.Count(e => e.ItemId == i.Id && e.Kind == LibraryUsageKind.Download))
                .ThenByDescending(i => i.DateIssued).ThenBy(i => i.Id),
            _ => items.OrderByDescending(i => i.DateIssued).ThenByDescending(i => i.PublishedAt).ThenBy(i => i.Id),
        };
        var page = Math.Max(1, query.Page);
        var rows = await ordered.Skip((page - 1) * LibraryBrowseQuery.PageSize).Take(LibraryBrowseQuery.PageSize)
            .Select(i => new
            {
                i.Id, i.TitleUk, i.TitleEn, i.DateIssued, i.CollectionId, i.Language, i.LicenceUri, i.IdentifierYear, i.IdentifierNumber,
                Creators = i.Agents.Where(a => a.Role == LibraryAgentRole.Creator).OrderBy(a => a.Position).Select(a => a.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        var names = collections.ToDictionary(c => c.Id, c => c.Name(language));
        var cards = rows.Select(r => new LibraryCard(r.Id, LibraryLanguages.Pick(language, r.TitleUk, r.TitleEn), r.Creators, r.DateIssued,
            names.GetValueOrDefault(r.CollectionId, ""), r.Language, LibraryLicences.FindByUri(r.LicenceUri)?.Label ?? r.LicenceUri,
            r.IdentifierYear is { } y && r.IdentifierNumber is { } n ? LibraryItem.Format(y, n) : null)).ToList();

        var ids = items.Select(i => i.Id);
        var byCollection = await items.GroupBy(i => i.CollectionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byYear = await items.GroupBy(i => i.DateIssued.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byLanguage = await items.GroupBy(i => i.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byAuthor = await db.LibraryAgents.Where(a => a.Role == LibraryAgentRole.Creator && ids.Contains(a.ItemId))
            .GroupBy(a => a.Name).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(AuthorFacetSize).ToListAsync(cancellationToken);
        var bySubject = await db.LibrarySubjects.Where(s => ids.Contains(s.ItemId))
            .GroupBy(s => s.Value).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(SubjectFacetSize).ToListAsync(cancellationToken);

        return new LibraryBrowseResult(
            cards,
            total,
            collections.Where(c => byCollection.Any(b => b.Key == c.Id))
                .Select(c => new LibraryFacet(c.Slug, c.Name(language), byCollection.First(b => b.Key == c.Id).Count)).ToList(),
            byAuthor.Select(a => new LibraryFacet(a.Key, a.Key, a.Count)).ToList(),
            bySubject.Select(s => new LibraryFacet(s.Key, s.Key, s.Count)).ToList(),
            byYear.OrderByDescending(y => y.Key).Select(y => new LibraryFacet(y.Key.ToString(CultureInfo.InvariantCulture), y.Key.ToString(CultureInfo.InvariantCulture), y.Count)).ToList(),
            byLanguage.OrderBy(l => l.Key).Select(l => new LibraryFacet(l.Key, l.Key, l.Count)).ToList());
    }

    public async Task<IReadOnlyList<LibraryCollectionOption>> CollectionsAsync(CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var language = LibraryLanguages.ForCulture(culture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var collections = await db.LibraryCollections.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        return collections.Select(c => new LibraryCollectionOption(c.Id, c.Slug, c.Name(language))).ToList();
    }

    /// <summary>Communities an item may cover (dc:coverage), by name in the reader's language.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> CommunitiesAsync(CultureInfo culture, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var communities = await db.Communities.AsNoTracking().ToListAsync(cancellationToken);
        return communities.Select(c => (c.Id, c.Name(culture))).OrderBy(c => c.Item2, StringComparer.Create(culture, true)).ToList();
    }

    public async Task<IReadOnlyList<LibrarySubmissionRow>> MineAsync(ClaimsPrincipal user, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return [];
        return await RowsAsync(i => i.SubmitterId == memberId.Value, culture, cancellationToken);
    }

    /// <summary>Submissions waiting for a librarian, oldest first; null for anyone else.</summary>
    public async Task<IReadOnlyList<LibrarySubmissionRow>?> QueueAsync(ClaimsPrincipal user, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        if (!await access.IsLibrarianAsync(user, cancellationToken)) return null;
        var rows = await RowsAsync(i => i.Status == LibraryItemStatus.Submitted, culture, cancellationToken);
        return rows.OrderBy(r => r.SubmittedAt).ToList();
    }

    private async Task<IReadOnlyList<LibrarySubmissionRow>> RowsAsync(System.Linq.Expressions.Expression<Func<LibraryItem, bool>> filter, CultureInfo culture, CancellationToken cancellationToken)
    {
        var language = LibraryLanguages.ForCulture(culture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from i in db.LibraryItems.AsNoTracking().Where(filter)
                          join m in db.Users on i.SubmitterId equals m.Id
                          join c in db.LibraryCollections on i.CollectionId equals c.Id
                          orderby i.SubmittedAt descending
                          select new { i.Id, i.TitleUk, i.TitleEn, i.Status, i.SubmittedAt, i.Comment, m.FullName, c.NameUk, c.NameEn })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new LibrarySubmissionRow(r.Id, LibraryLanguages.Pick(language, r.TitleUk, r.TitleEn), r.Status, r.SubmittedAt,
            r.Comment, r.FullName, LibraryLanguages.Pick(language, r.NameUk, r.NameEn))).ToList();
    }
}
