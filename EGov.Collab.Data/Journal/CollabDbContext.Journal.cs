using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<Section> JournalSections => Set<Section>();
    public DbSet<Article> JournalArticles => Set<Article>();
    public DbSet<Subscriber> NewsletterSubscribers => Set<Subscriber>();
    public DbSet<NewsletterIssue> NewsletterIssues => Set<NewsletterIssue>();
    public DbSet<NewsletterEdition> NewsletterEditions => Set<NewsletterEdition>();
    public DbSet<NewsletterDelivery> NewsletterDeliveries => Set<NewsletterDelivery>();
    public DbSet<NewsletterClick> NewsletterClicks => Set<NewsletterClick>();
    public DbSet<NewsletterSettings> NewsletterSettings => Set<NewsletterSettings>();
    public DbSet<NewsletterRun> NewsletterRuns => Set<NewsletterRun>();
}
