using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// What every installation starts with: the portal roles, the organisations that administer the modules
/// (named in the portal's founding documents) and the eleven modules. Idempotent.
/// </summary>
public sealed class ReferenceData(CollabDbContext db, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
{
    public const string StateAgency = "Державне агентство з питань науки, інновацій та інформатизації України";
    public const string NationalCentre = "Національний центр електронного урядування";
    public const string CitiesAssociation = "Асоціація «Міста електронного урядування України»";
    public const string Academy = "Національна академія державного управління при Президентові України";
    public const string MunicipalCentre = "Муніципальний центр е-урядування (м. Вінниця)";

    private static readonly (string Name, OrganisationKind Kind, string Region)[] Administrators =
    [
        (StateAgency, OrganisationKind.GovernmentAgency, Regions.Kyiv.Code),
        (NationalCentre, OrganisationKind.CivilSociety, Regions.Kyiv.Code),
        (CitiesAssociation, OrganisationKind.CivilSociety, Regions.Kyiv.Code),
        (Academy, OrganisationKind.AcademiaIt, Regions.Kyiv.Code),
        (MunicipalCentre, OrganisationKind.LocalSelfGovernment, "UA05000000000010236"),
    ];

    public static string AdministratorOf(ModuleKey module) => module switch
    {
        ModuleKey.Drafting or ModuleKey.Methodology => StateAgency,
        ModuleKey.ExpertClub or ModuleKey.Readiness or ModuleKey.Journal => NationalCentre,
        ModuleKey.Cities or ModuleKey.Contest or ModuleKey.Practices => CitiesAssociation,
        ModuleKey.Learning => Academy,
        ModuleKey.Projects or ModuleKey.Library => MunicipalCentre,
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, null),
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        }

        var now = clock.GetUtcNow();
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Name, cancellationToken);
        foreach (var (name, kind, region) in Administrators)
        {
            if (existing.ContainsKey(name)) continue;
            var organisation = Organisation.Create(name, kind, region, null, OrganisationStatus.Approved, now).Value;
            db.Organisations.Add(organisation);
            existing[name] = organisation;
        }

        var modules = await db.Modules.Select(m => m.Key).ToListAsync(cancellationToken);
        foreach (var key in ModuleKeys.All.Except(modules))
            db.Modules.Add(new PortalModule(key, existing[AdministratorOf(key)].Id));

        await db.SaveChangesAsync(cancellationToken);
    }
}
