using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Common;

/// <summary>
/// The index table. The full-text indexes over it are provider SQL in the SearchIndex migration: FTS5 (kept in step by
/// the triggers named here) on SQLite, a full-text catalog on SQL Server.
/// </summary>
public sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public const string Table = "SearchDocuments";

    /// <summary>
    /// Narrow and covering: a match's id leads to who may read it and its facets without touching the wide row (title,
    /// body, stems), so access and facet counts stay in the database's cache however many documents match.
    /// </summary>
    public const string AccessIndex = "IX_SearchDocuments_Access";

    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.ToTable(Table, t =>
        {
            t.HasTrigger("SearchDocuments_AfterInsert");
            t.HasTrigger("SearchDocuments_AfterDelete");
            t.HasTrigger("SearchDocuments_AfterUpdate");
        });
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.ItemId).HasMaxLength(SearchDocument.ItemIdMaxLength).IsRequired();
        builder.Property(d => d.Language).HasMaxLength(SearchDocument.LanguageMaxLength).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(SearchDocument.TitleMaxLength).IsRequired();
        builder.Property(d => d.Body).HasMaxLength(SearchDocument.BodyMaxLength).IsRequired();
        builder.Property(d => d.TitleStems).IsRequired();
        builder.Property(d => d.BodyStems).IsRequired();
        builder.Property(d => d.Url).HasMaxLength(SearchDocument.UrlMaxLength).IsRequired();
        builder.Property(d => d.Audience).HasMaxLength(SearchDocument.AudienceMaxLength).IsRequired();
        builder.HasIndex(d => new { d.Module, d.ItemId });
        builder.HasIndex(d => new { d.Id, d.Audience, d.Module, d.Year, d.Language }).HasDatabaseName(AccessIndex);
        // The home page's live activity: the newest public documents, read in order without touching the wide rows.
        builder.HasIndex(d => new { d.Audience, d.Page, d.Updated }).HasDatabaseName("IX_SearchDocuments_Recent");
    }
}

public sealed class VocabularyWordConfiguration : IEntityTypeConfiguration<VocabularyWord>
{
    public void Configure(EntityTypeBuilder<VocabularyWord> builder)
    {
        builder.ToTable("SearchVocabulary", t =>
        {
            t.HasTrigger("SearchVocabulary_AfterInsert");
            t.HasTrigger("SearchVocabulary_AfterDelete");
        });
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedOnAdd();
        builder.Property(w => w.Word).HasMaxLength(Domain.Common.Search.SearchWords.MaxWordLength).IsRequired();
        builder.HasIndex(w => w.Word).IsUnique();
    }
}
