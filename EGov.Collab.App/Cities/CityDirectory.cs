using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>One line of the list of cabinets: every community on the portal has one.</summary>
public sealed record CityListing(Guid Id, string Code, string NameUk, string NameEn, CommunityKind Kind, Region? Region, int? Population)
{
    public string Name(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || NameEn.Length == 0 ? NameUk : NameEn;
}

/// <summary>Finds communities by code and lists them with the filters of the list page.</summary>
public sealed class CityDirectory(IDbContextFactory<CollabDbContext> dbFactory)
{
    public const int PageSize = 100;

    public async Task<Community?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        var clean = (code ?? "").Trim().ToUpperInvariant();
        if (!Community.IsValidKatottg(clean)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.KatottgCode == clean, cancellationToken);
    }

    /// <summary>The communities matching the filters, ordered by name; <paramref name="regionCode"/> and <paramref name="level"/> null mean any.</summary>
    public async Task<IReadOnlyList<CityListing>> ListAsync(string? regionCode, CommunityKind? level, int max = PageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Communities.AsNoTracking();
        if (level is not null) query = query.Where(c => c.Kind == level);
        if (Regions.Exists(regionCode))
        {
            var prefix = regionCode![..4];
            query = query.Where(c => c.KatottgCode.StartsWith(prefix));
        }
        var rows = await (from c in query
                          join p in db.CityProfiles on c.Id equals p.CommunityId into profiles
                          from p in profiles.DefaultIfEmpty()
                          orderby c.Kind, c.NameUk
                          select new { c.Id, c.KatottgCode, c.NameUk, c.NameEn, c.Kind, Population = p == null ? null : p.Population })
            .Take(max).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CityListing(r.Id, r.KatottgCode, r.NameUk, r.NameEn, r.Kind, CityRegions.Of(r.KatottgCode), r.Population))];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Communities.CountAsync(cancellationToken);
    }

    /// <summary>Other communities of the same level: the peers a community is compared with.</summary>
    public async Task<IReadOnlyList<Guid>> PeersAsync(Community community, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Communities.Where(c => c.Kind == community.Kind && c.Id != community.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
