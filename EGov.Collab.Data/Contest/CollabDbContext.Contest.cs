using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<ContestEdition> ContestEditions => Set<ContestEdition>();
    public DbSet<Nomination> ContestNominations => Set<Nomination>();
    public DbSet<Criterion> ContestCriteria => Set<Criterion>();
    public DbSet<Entry> ContestEntries => Set<Entry>();
    public DbSet<EntryAttachment> ContestAttachments => Set<EntryAttachment>();
    public DbSet<PanelMember> ContestPanel => Set<PanelMember>();
    public DbSet<ConflictDeclaration> ContestConflicts => Set<ConflictDeclaration>();
    public DbSet<JurorScore> ContestScores => Set<JurorScore>();
    public DbSet<ScoreSheet> ContestSheets => Set<ScoreSheet>();
    public DbSet<ExpertReview> ContestReviews => Set<ExpertReview>();
    public DbSet<PublicVote> ContestVotes => Set<PublicVote>();
    public DbSet<ReviewAssignment> ContestAssignments => Set<ReviewAssignment>();
    public DbSet<EntryField> ContestEntryFields => Set<EntryField>();
    public DbSet<EntryAnswer> ContestEntryAnswers => Set<EntryAnswer>();
}
