using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<VocabularyWord> SearchVocabulary => Set<VocabularyWord>();
}
