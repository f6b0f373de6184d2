using System.Globalization;
using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Account;

public sealed record OrganisationChoice(Guid Id, string Name, OrganisationStatus Status);

/// <summary>The organisations a member may pick (approved ones, by name in Ukrainian order) and the regions in the current language.</summary>
public sealed class OrganisationChoices(IDbContextFactory<CollabDbContext> dbFactory)
{
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo(PortalCultures.Ukrainian), ignoreCase: true);

    /// <summary>Approved organisations, plus <paramref name="current"/> whatever its status (a member keeps their own pending one).</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> ListAsync(Guid? current = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Organisations.AsNoTracking()
            .Where(o => o.Status == OrganisationStatus.Approved || o.Id == current)
            .Select(o => new OrganisationChoice(o.Id, o.Name, o.Status))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(o => o.Name, NameOrder).ToList();
    }

    /// <summary>Ukrainian keeps the official KATOTTG order; English lists alphabetically.</summary>
    public static IReadOnlyList<(string Code, string Name)> Regions(CultureInfo culture)
    {
        var regions = Domain.Common.Regions.All.Select(r => (r.Code, Name: r.Name(culture)));
        return PortalCultures.IsUkrainian(culture)
            ? regions.ToList()
            : regions.OrderBy(r => r.Name, StringComparer.Create(culture, ignoreCase: true)).ToList();
    }
}
