using EGov.Collab.Data.Drafting;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<DraftLogEntry> DraftLog => Set<DraftLogEntry>();

    public DbSet<DraftLogBatch> DraftLogBatches => Set<DraftLogBatch>();

    public DbSet<DraftClientSequence> DraftClientSequences => Set<DraftClientSequence>();

    public DbSet<DraftSnapshot> DraftSnapshots => Set<DraftSnapshot>();
}
