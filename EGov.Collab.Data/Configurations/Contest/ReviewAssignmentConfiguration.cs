using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Contest;

public sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> builder)
    {
        builder.ToTable("ContestAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        // One assignment per entry and reviewer, whatever two chairs or two nodes do at once.
        builder.HasIndex(a => new { a.EntryId, a.ReviewerId }).IsUnique();
        builder.HasIndex(a => new { a.NominationId, a.Role });
        builder.HasOne<Entry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.ReviewerId).OnDelete(DeleteBehavior.Cascade);
    }
}
