using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<LegalAct> LegalActs => Set<LegalAct>();
    public DbSet<ActEdition> ActEditions => Set<ActEdition>();
    public DbSet<ActLink> ActLinks => Set<ActLink>();
    public DbSet<MethodologyExample> MethodologyExamples => Set<MethodologyExample>();
    public DbSet<ActCitation> ActCitations => Set<ActCitation>();
    public DbSet<MethodologyTemplate> MethodologyTemplates => Set<MethodologyTemplate>();
    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();
    public DbSet<TemplateDraft> TemplateDrafts => Set<TemplateDraft>();
}
