using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Readiness;

public sealed class AssessmentCampaignConfiguration : IEntityTypeConfiguration<AssessmentCampaign>
{
    public void Configure(EntityTypeBuilder<AssessmentCampaign> builder)
    {
        builder.ToTable("ReadinessCampaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Ignore(c => c.ResultsPublished);
        builder.HasAppManagedVersion();
    }
}
