using System.Globalization;
using EGov.Collab.Data;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>A published practice as the catalogue, the map and the exports show it.</summary>
public sealed record PracticeCard(
    Guid Id,
    string TitleUk,
    string TitleEn,
    string ProblemUk,
    string ProblemEn,
    string CommunityUk,
    string CommunityEn,
    string? RegionCode,
    bool IsProven,
    DateTimeOffset PublishedAt,
    int Replications,
    decimal? JuryScore,
    IReadOnlySet<Guid> ConceptIds)
{
    /// <summary>Titles, problem, solution and community in both languages: what the catalogue's text box looks in.</summary>
    public string SearchText { get; init; } = "";

    public string Title(CultureInfo culture) => culture.TwoLetterISOLanguageName == "uk" || TitleEn.Length == 0 ? TitleUk : TitleEn;

    public string Problem(CultureInfo culture) => culture.TwoLetterISOLanguageName == "uk" || ProblemEn.Length == 0 ? ProblemUk : ProblemEn;

    public string Community(CultureInfo culture) => culture.TwoLetterISOLanguageName == "uk" || CommunityEn.Length == 0 ? CommunityUk : CommunityEn;
}

public sealed record FacetValue(Concept Concept, int Depth, int Count, bool Selected);

public sealed record CatalogueView(
    PracticeFilter Filter,
    IReadOnlyList<PracticeCard> Items,
    IReadOnlyDictionary<ConceptScheme, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyDictionary<string, int> RegionCounts,
    IReadOnlyList<Concept> Concepts);

/// <summary>
/// Faceted search over the published practices. The depository holds hundreds of practices, not millions, so the
/// published set is read once per query and filtered, counted and sorted in memory; every facet's counts come from the
/// same pass, so they always add up to what the list shows (see docs/performance.md).
/// </summary>
public sealed class PracticeCatalogue(IDbContextFactory<CollabDbContext> dbFactory)
{
    public async Task<CatalogueView> SearchAsync(PracticeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var concepts = await db.PracticeClassifier.AsNoTracking().ToListAsync(cancellationToken);
        var cards = await LoadCardsAsync(db, cancellationToken);
        var tree = new ConceptTree(concepts);

        // Each scheme's selection as the set of concept ids it matches (a broader concept matches its narrower ones).
        var selected = new Dictionary<ConceptScheme, HashSet<Guid>>();
        foreach (var (scheme, notations) in filter.Notations)
        {
            var ids = concepts.Where(c => c.Scheme == scheme && notations.Contains(c.Notation)).SelectMany(c => tree.WithNarrower(c.Id)).ToHashSet();
            selected[scheme] = ids;
        }

        bool MatchesExcept(PracticeCard card, ConceptScheme? except) =>
            MatchesText(card, filter.Text)
            && (!filter.ProvenOnly || card.IsProven)
            && (except == ConceptScheme.Region || filter.Regions.Count == 0 || (card.RegionCode is { } r && filter.Regions.Contains(r)))
            && selected.All(s => s.Key == except || card.ConceptIds.Overlaps(s.Value));

        var items = Sort(cards.Where(c => MatchesExcept(c, null)), filter.Sort).ToList();

        var facets = new Dictionary<ConceptScheme, IReadOnlyList<FacetValue>>();
        foreach (var scheme in ConceptSchemes.All.Where(s => s != ConceptScheme.Region))
        {
            var pool = cards.Where(c => MatchesExcept(c, scheme)).ToList();
            facets[scheme] = tree.InOrder(scheme)
                .Select(x => new FacetValue(x.Concept, x.Depth, pool.Count(card => card.ConceptIds.Overlaps(tree.WithNarrower(x.Concept.Id))), filter.Has(scheme, x.Concept.Notation)))
                .ToList();
        }
        var regionPool = cards.Where(c => MatchesExcept(c, ConceptScheme.Region)).ToList();
        var regionCounts = regionPool.Where(c => c.RegionCode is not null).GroupBy(c => c.RegionCode!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        facets[ConceptScheme.Region] = tree.InOrder(ConceptScheme.Region)
            .Select(x => new FacetValue(x.Concept, x.Depth, regionCounts.GetValueOrDefault(x.Concept.Notation), filter.Has(ConceptScheme.Region, x.Concept.Notation)))
            .ToList();
        return new CatalogueView(filter, items, facets, regionCounts, concepts);
    }

    private static async Task<List<PracticeCard>> LoadCardsAsync(CollabDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (from p in db.Practices.AsNoTracking()
                          where p.Status == PracticeStatus.Published
                          join c in db.Communities on p.CommunityId equals c.Id into cs
                          from c in cs.DefaultIfEmpty()
                          select new
                          {
                              p.Id, p.TitleUk, p.TitleEn, p.ProblemUk, p.ProblemEn, p.SolutionUk, p.SolutionEn,
                              CommunityUk = c == null ? "" : c.NameUk, CommunityEn = c == null ? "" : c.NameEn,
                              p.RegionCode, p.IsProven, p.PublishedAt, p.JuryScore,
                          }).ToListAsync(cancellationToken);
        var concepts = await (from pc in db.PracticeConcepts.AsNoTracking()
                              join p in db.Practices on pc.PracticeId equals p.Id
                              where p.Status == PracticeStatus.Published
                              select new { pc.PracticeId, pc.ConceptId }).ToListAsync(cancellationToken);
        var byPractice = concepts.GroupBy(c => c.PracticeId).ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(x => x.ConceptId).ToHashSet());
        var replications = await db.PracticeReplications.AsNoTracking().GroupBy(r => r.PracticeId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rows.Select(r => new PracticeCard(
                r.Id, r.TitleUk, r.TitleEn,
                r.ProblemUk, r.ProblemEn, r.CommunityUk, r.CommunityEn, r.RegionCode, r.IsProven, r.PublishedAt!.Value,
                replications.GetValueOrDefault(r.Id), r.JuryScore, byPractice.GetValueOrDefault(r.Id) ?? new HashSet<Guid>())
            { SearchText = string.Join('\n', r.TitleUk, r.TitleEn, r.ProblemUk, r.ProblemEn, r.SolutionUk, r.SolutionEn, r.CommunityUk, r.CommunityEn) })
            .ToList();
    }

    private static bool MatchesText(PracticeCard card, string text) =>
        text.Length == 0 || card.SearchText.Contains(text, StringComparison.CurrentCultureIgnoreCase);

    private static IEnumerable<PracticeCard> Sort(IEnumerable<PracticeCard> cards, PracticeSort sort) => sort switch
    {
        PracticeSort.Title => cards.OrderBy(c => c.Title(CultureInfo.CurrentCulture), StringComparer.Create(CultureInfo.CurrentCulture, true)),
        PracticeSort.Replications => cards.OrderByDescending(c => c.Replications).ThenByDescending(c => c.PublishedAt),
        PracticeSort.JuryScore => cards.OrderByDescending(c => c.JuryScore ?? -1).ThenByDescending(c => c.PublishedAt),
        _ => cards.OrderByDescending(c => c.PublishedAt),
    };
}
