using EGov.Collab.Domain.Common.Documents;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<StoredFilePage> StoredFilePages => Set<StoredFilePage>();
}
