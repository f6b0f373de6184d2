using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<LibraryCollection> LibraryCollections => Set<LibraryCollection>();
    public DbSet<LibraryItem> LibraryItems => Set<LibraryItem>();
    public DbSet<LibraryAgent> LibraryAgents => Set<LibraryAgent>();
    public DbSet<LibrarySubject> LibrarySubjects => Set<LibrarySubject>();
    public DbSet<LibraryFile> LibraryFiles => Set<LibraryFile>();
    public DbSet<LibraryUsageEvent> LibraryUsageEvents => Set<LibraryUsageEvent>();
}
