using EGov.Collab.Domain.Cities;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<CityProfile> CityProfiles => Set<CityProfile>();
    public DbSet<CityNews> CityNews => Set<CityNews>();
    public DbSet<CityManager> CityManagers => Set<CityManager>();
    public DbSet<CityOrganisation> CityOrganisations => Set<CityOrganisation>();
    public DbSet<CertifiedStaffConsent> CertifiedStaffConsents => Set<CertifiedStaffConsent>();
}
