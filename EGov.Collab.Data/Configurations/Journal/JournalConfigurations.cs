using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Journal;

public sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.ToTable("JournalSections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Slug).HasMaxLength(Section.SlugMaxLength).IsRequired();
        builder.Property(s => s.NameUk).HasMaxLength(Section.NameMaxLength).IsRequired();
        builder.Property(s => s.NameEn).HasMaxLength(Section.NameMaxLength).IsRequired();
        builder.HasIndex(s => s.Slug).IsUnique();
    }
}

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("JournalArticles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(ArticleContent.TitleMaxLength).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(ArticleContent.SummaryMaxLength).IsRequired();
        builder.Property(a => a.BodyHtml).HasMaxLength(ArticleContent.BodyHtmlMaxLength).IsRequired();
        builder.Property(a => a.BodySource).HasMaxLength(ArticleContent.BodyMaxLength).IsRequired();
        builder.Property(a => a.PlainText).IsRequired();
        builder.Property(a => a.TagList).HasMaxLength(ArticleContent.TagsMaxLength).IsRequired();
        builder.Property(a => a.Language).HasMaxLength(2).IsRequired();
        builder.Property(a => a.AuthorName).HasMaxLength(Article.AuthorNameMaxLength).IsRequired();
        builder.Property(a => a.ModerationReason).HasMaxLength(Article.ReasonMaxLength);
        builder.Property(a => a.CoverContentType).HasMaxLength(Article.CoverContentTypeMaxLength);
        builder.Ignore(a => a.Tags);
        builder.Ignore(a => a.IsPublic);
        builder.HasOne<Section>().WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Status, a.PublishedAt });
        builder.HasIndex(a => new { a.AuthorId, a.UpdatedAt });
        builder.HasAppManagedVersion();
    }
}

public sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("NewsletterSubscribers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Email).HasMaxLength(Subscriber.EmailMaxLength).IsRequired();
        builder.Property(s => s.Language).HasMaxLength(2).IsRequired();
        builder.Property(s => s.RegionCode).HasMaxLength(Subscriber.RegionCodeMaxLength);
        builder.Ignore(s => s.ReceivesIssues);
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => new { s.Status, s.Audience, s.Language });
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class NewsletterIssueConfiguration : IEntityTypeConfiguration<NewsletterIssue>
{
    public void Configure(EntityTypeBuilder<NewsletterIssue> builder)
    {
        builder.ToTable("NewsletterIssues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => i.Number).IsUnique();
        builder.Property(i => i.SegmentStored).HasMaxLength(NewsletterSegment.StoredMaxLength);
        builder.Ignore(i => i.Segment);
        builder.HasMany(i => i.Editions).WithOne().HasForeignKey(e => e.IssueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Editions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NewsletterEditionConfiguration : IEntityTypeConfiguration<NewsletterEdition>
{
    public void Configure(EntityTypeBuilder<NewsletterEdition> builder)
    {
        builder.ToTable("NewsletterEditions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Language).HasMaxLength(2).IsRequired();
        builder.Property(e => e.Introduction).HasMaxLength(NewsletterEdition.IntroductionMaxLength).IsRequired();
        builder.Property(e => e.ItemsJson).IsRequired();
        builder.Ignore(e => e.Content);
        builder.HasIndex(e => new { e.IssueId, e.Audience, e.Language }).IsUnique();
    }
}

public sealed class NewsletterDeliveryConfiguration : IEntityTypeConfiguration<NewsletterDelivery>
{
    public void Configure(EntityTypeBuilder<NewsletterDelivery> builder)
    {
        builder.ToTable("NewsletterDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.LastError).HasMaxLength(NewsletterDelivery.ErrorMaxLength);
        // The idempotency key: one delivery per (issue, subscriber), however often the fan-out runs.
        builder.HasIndex(d => new { d.IssueId, d.SubscriberId }).IsUnique();
        builder.HasIndex(d => new { d.IssueId, d.Chunk, d.State });
        builder.HasOne<NewsletterIssue>().WithMany().HasForeignKey(d => d.IssueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NewsletterEdition>().WithMany().HasForeignKey(d => d.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NewsletterClickConfiguration : IEntityTypeConfiguration<NewsletterClick>
{
    public void Configure(EntityTypeBuilder<NewsletterClick> builder)
    {
        builder.ToTable("NewsletterClicks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Url).HasMaxLength(NewsletterClick.UrlMaxLength).IsRequired();
        // Unique clicks are unique by construction: one row per (delivery, link), however often it is clicked.
        builder.HasIndex(c => new { c.DeliveryId, c.LinkIndex }).IsUnique();
        builder.HasIndex(c => c.IssueId);
        builder.HasOne<NewsletterDelivery>().WithMany().HasForeignKey(c => c.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NewsletterSettingsConfiguration : IEntityTypeConfiguration<NewsletterSettings>
{
    public void Configure(EntityTypeBuilder<NewsletterSettings> builder)
    {
        builder.ToTable("NewsletterSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Cron).HasMaxLength(NewsletterSettings.CronMaxLength).IsRequired();
    }
}

public sealed class NewsletterRunConfiguration : IEntityTypeConfiguration<NewsletterRun>
{
    public void Configure(EntityTypeBuilder<NewsletterRun> builder)
    {
        builder.ToTable("NewsletterRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.At);
    }
}
