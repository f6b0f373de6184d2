using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<Listing> ProjectListings => Set<Listing>();
    public DbSet<Interest> ProjectInterests => Set<Interest>();
    public DbSet<InterestMessage> ProjectInterestMessages => Set<InterestMessage>();
    public DbSet<Endorsement> ProjectEndorsements => Set<Endorsement>();
    public DbSet<ListingAttachment> ProjectAttachments => Set<ListingAttachment>();
    public DbSet<ListingFollow> ProjectFollows => Set<ListingFollow>();
    public DbSet<ListingViewDay> ProjectViewDays => Set<ListingViewDay>();
}
