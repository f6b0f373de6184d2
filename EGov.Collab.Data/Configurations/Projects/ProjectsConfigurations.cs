using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Projects;

public sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    // Joined lists: at most MaxItems items of ItemMaxLength characters and a line break each.
    private const int ListMaxLength = ListingContent.MaxItems * (ListingContent.ItemMaxLength + 1);

    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.ToTable("ProjectListings");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.AuthorName).HasMaxLength(Listing.AuthorNameMaxLength).IsRequired();
        builder.Property(l => l.TitleUk).HasMaxLength(ListingContent.TitleMaxLength).IsRequired();
        builder.Property(l => l.TitleEn).HasMaxLength(ListingContent.TitleMaxLength).IsRequired();
        builder.Property(l => l.DescriptionUk).HasMaxLength(ListingContent.DescriptionMaxLength).IsRequired();
        builder.Property(l => l.DescriptionEn).HasMaxLength(ListingContent.DescriptionMaxLength).IsRequired();
        builder.Property(l => l.Licence).HasMaxLength(ListingContent.LicenceMaxLength).IsRequired();
        builder.Property(l => l.RepositoryUrl).HasMaxLength(ListingContent.UrlMaxLength).IsRequired();
        builder.Property(l => l.PlatformList).HasMaxLength(ListMaxLength).IsRequired();
        builder.Property(l => l.CategoryList).HasMaxLength(ListMaxLength).IsRequired();
        builder.Property(l => l.ContactName).HasMaxLength(ListingContent.ContactNameMaxLength).IsRequired();
        builder.Property(l => l.ContactEmail).HasMaxLength(ListingContent.EmailMaxLength).IsRequired();
        builder.Property(l => l.RegionList).HasMaxLength(ListingContent.MaxItems * 20).IsRequired();
        builder.Property(l => l.ReadinessList).HasMaxLength(ListingContent.MaxItems * 12).IsRequired();
        builder.Property(l => l.BudgetMin).HasPrecision(18, 2);
        builder.Property(l => l.BudgetMax).HasPrecision(18, 2);
        builder.Property(l => l.ModerationReason).HasMaxLength(Listing.ReasonMaxLength);
        builder.Ignore(l => l.Content);
        builder.Ignore(l => l.ReadinessCodes);
        builder.Ignore(l => l.IsPublic);
        builder.HasOne<Member>().WithMany().HasForeignKey(l => l.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(l => l.Interests).WithOne().HasForeignKey(i => i.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Endorsements).WithOne().HasForeignKey(e => e.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Attachments).WithOne().HasForeignKey(a => a.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Interests).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.Endorsements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(l => new { l.Status, l.PublishedAt });
        builder.HasIndex(l => new { l.AuthorId, l.UpdatedAt });
        builder.HasIndex(l => new { l.Status, l.ExpiresAt });
        builder.HasAppManagedVersion();
    }
}

public sealed class InterestConfiguration : IEntityTypeConfiguration<Interest>
{
    public void Configure(EntityTypeBuilder<Interest> builder)
    {
        builder.ToTable("ProjectInterests");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.MemberName).HasMaxLength(Listing.AuthorNameMaxLength).IsRequired();
        builder.Property(i => i.Message).HasMaxLength(Interest.MessageMaxLength).IsRequired();
        builder.Ignore(i => i.ContactsExchanged);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Cascade);
        // An interest expressed twice is refused by the listing; the index is the arbiter when two clicks race.
        builder.HasIndex(i => new { i.ListingId, i.MemberId }).IsUnique();
        builder.HasAppManagedVersion();
    }
}

public sealed class InterestMessageConfiguration : IEntityTypeConfiguration<InterestMessage>
{
    public void Configure(EntityTypeBuilder<InterestMessage> builder)
    {
        builder.ToTable("ProjectInterestMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Text).HasMaxLength(InterestMessage.TextMaxLength).IsRequired();
        builder.HasOne<Interest>().WithMany().HasForeignKey(m => m.InterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.InterestId, m.CreatedAt });
    }
}

public sealed class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> builder)
    {
        builder.ToTable("ProjectEndorsements");
        builder.HasKey(e => new { e.ListingId, e.OrganisationId });
        // Restrict: a second cascade path from organisations (through the listing's SetNull) is refused by SQL Server.
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ListingAttachmentConfiguration : IEntityTypeConfiguration<ListingAttachment>
{
    public void Configure(EntityTypeBuilder<ListingAttachment> builder)
    {
        builder.ToTable("ProjectAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(ListingAttachment.FileNameMaxLength).IsRequired();
        builder.HasIndex(a => new { a.ListingId, a.DocumentId }).IsUnique();
    }
}

public sealed class ListingFollowConfiguration : IEntityTypeConfiguration<ListingFollow>
{
    public void Configure(EntityTypeBuilder<ListingFollow> builder)
    {
        builder.ToTable("ProjectFollows");
        builder.HasKey(f => new { f.ListingId, f.MemberId });
        builder.HasOne<Listing>().WithMany().HasForeignKey(f => f.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ListingViewDayConfiguration : IEntityTypeConfiguration<ListingViewDay>
{
    public void Configure(EntityTypeBuilder<ListingViewDay> builder)
    {
        builder.ToTable("ProjectViewDays");
        builder.HasKey(v => new { v.ListingId, v.Day });
        builder.HasOne<Listing>().WithMany().HasForeignKey(v => v.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
