using EGov.Collab.Domain.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Drafting;

public sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> builder)
    {
        builder.ToTable("Amendments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OriginalText).HasMaxLength(Amendment.TextMaxLength);
        builder.Property(a => a.ProposedText).HasMaxLength(Amendment.TextMaxLength);
        builder.Property(a => a.Rationale).HasMaxLength(Amendment.RationaleMaxLength).IsRequired();
        builder.Property(a => a.DecisionReason).HasMaxLength(Amendment.ReasonMaxLength);
        builder.Ignore(a => a.Support);
        builder.Ignore(a => a.Oppose);
        builder.HasOne<Draft>().WithMany().HasForeignKey(a => a.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Responses).WithOne().HasForeignKey(r => r.AmendmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Responses).HasField("_responses").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.DraftId, a.Status });
        // Decided once: two chairs (or one double click) racing to decide the same amendment meet on this token.
        builder.HasAppManagedVersion();
    }
}

public sealed class AmendmentResponseConfiguration : IEntityTypeConfiguration<AmendmentResponse>
{
    public void Configure(EntityTypeBuilder<AmendmentResponse> builder)
    {
        builder.ToTable("AmendmentResponses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(AmendmentResponse.TextMaxLength);
    }
}
