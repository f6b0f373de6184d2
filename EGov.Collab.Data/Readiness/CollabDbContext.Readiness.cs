using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<ReadinessMethodology> ReadinessMethodologies => Set<ReadinessMethodology>();
    public DbSet<AssessmentCampaign> ReadinessCampaigns => Set<AssessmentCampaign>();
    public DbSet<ReadinessBody> ReadinessBodies => Set<ReadinessBody>();
    public DbSet<Questionnaire> ReadinessQuestionnaires => Set<Questionnaire>();
}
