using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeConcept> PracticeConcepts => Set<PracticeConcept>();
    public DbSet<Concept> PracticeClassifier => Set<Concept>();
    public DbSet<PracticeReview> PracticeReviews => Set<PracticeReview>();
    public DbSet<Replication> PracticeReplications => Set<Replication>();
    public DbSet<PracticeAttachment> PracticeAttachments => Set<PracticeAttachment>();
}
