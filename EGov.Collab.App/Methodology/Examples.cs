using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Methodology;

public sealed record ExampleFilter(MethodologyLevel? Level = null, string? RegionCode = null, int? Year = null, string? Topic = null, ExampleKind? Kind = null, Guid? CommunityId = null);

public sealed record ExampleView(MethodologyExample Example, IReadOnlyList<CitedAct> Cites)
{
    public bool Flagged => Cites.Any(c => c.Flagged);
}

public sealed record ExampleInput(ExampleKind Kind, string Title, string? Summary, MethodologyLevel Level, string? RegionCode, Guid? CommunityId, int Year,
    string Topic, string? Url, IReadOnlyCollection<Guid> CitedActIds);

/// <summary>Methods and guidelines, and strategy and programme examples, filtered by level, region, year and topic; each cites acts.</summary>
public sealed class Examples(IDbContextFactory<CollabDbContext> dbFactory, MethodologyAccess access, CitedActWatch watch, ISearchIndexer indexer, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExampleView>> ListAsync(ExampleFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.MethodologyExamples.AsNoTracking();
        if (filter.Level is { } level) query = query.Where(e => e.Level == level);
        if (filter.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.RegionCode)) query = query.Where(e => e.RegionCode == filter.RegionCode);
        if (filter.Year is { } year) query = query.Where(e => e.Year == year);
        if (!string.IsNullOrWhiteSpace(filter.Topic)) query = query.Where(e => e.Topic == filter.Topic);
        if (filter.CommunityId is { } community) query = query.Where(e => e.CommunityId == community);
        var examples = await query.OrderByDescending(e => e.Year).ThenBy(e => e.Title).ToListAsync(cancellationToken);
        var ids = examples.Select(e => e.Id).ToList();
        var cites = (await (from c in db.ActCitations.AsNoTracking()
                            join a in db.LegalActs.AsNoTracking() on c.ActId equals a.Id
                            where c.Kind == CitingKind.Example && ids.Contains(c.CitingId)
                            select new { c.CitingId, Act = new CitedAct(a.Id, a.Title, a.Number, c.FlaggedAt != null) }).ToListAsync(cancellationToken))
            .ToLookup(x => x.CitingId, x => x.Act);
        return examples.Select(e => new ExampleView(e, cites[e.Id].ToList())).ToList();
    }

    /// <summary>The topics and years in use, for the filters.</summary>
    public async Task<(IReadOnlyList<string> Topics, IReadOnlyList<int> Years, IReadOnlyList<string> Regions)> FacetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.MethodologyExamples.Select(e => e.Topic).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var years = await db.MethodologyExamples.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var regions = await db.MethodologyExamples.Where(e => e.RegionCode != null).Select(e => e.RegionCode!).Distinct().ToListAsync(cancellationToken);
        return (topics, years, regions);
    }

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, ExampleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var created = MethodologyExample.Create(input.Kind, input.Title, input.Summary, input.Level, input.RegionCode, input.CommunityId, input.Year,
            input.Topic, input.Url, user.MemberId(), clock.GetUtcNow());
        if (!created.IsSuccess) return created.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.MethodologyExamples.Add(created.Value);
        db.ActCitations.AddRange(await watch.NewCitationsAsync(CitingKind.Example, created.Value.Id, input.CitedActIds, user.MemberId(), cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Methodology, MethodologySearchSource.ExampleItem(created.Value.Id), cancellationToken);
        return created.Value.Id;
    }

    /// <summary>An editor marks a flagged example as reviewed against the acts as they are now.</summary>
    public async Task<Result> AcknowledgeAsync(ClaimsPrincipal user, Guid exampleId, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        await watch.AcknowledgeAsync(CitingKind.Example, exampleId, cancellationToken);
        return Result.Success();
    }
}
