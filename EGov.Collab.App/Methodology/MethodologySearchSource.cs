using System.Runtime.CompilerServices;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Methodology;

/// <summary>
/// The methodology base in the portal-wide index, all public: each act (its card and every edition's text), each
/// template (its current structure) and each example. Item ids carry their kind: <c>act:{id}</c>, <c>template:{id}</c>, <c>example:{id}</c>.
/// </summary>
public sealed class MethodologySearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Methodology;

    public static string ActItem(Guid id) => $"act:{id}";

    public static string TemplateItem(Guid id) => $"template:{id}";

    public static string ExampleItem(Guid id) => $"example:{id}";

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.LegalActs.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
            foreach (var item in await ActAsync(db, id, cancellationToken)) yield return item;
        foreach (var id in await db.MethodologyTemplates.Select(t => t.Id).ToListAsync(cancellationToken))
            foreach (var item in await TemplateAsync(db, id, cancellationToken)) yield return item;
        foreach (var id in await db.MethodologyExamples.Select(e => e.Id).ToListAsync(cancellationToken))
            foreach (var item in await ExampleAsync(db, id, cancellationToken)) yield return item;
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        var colon = itemId.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !Guid.TryParse(itemId[(colon + 1)..], out var id)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return itemId[..colon] switch
        {
            "act" => await ActAsync(db, id, cancellationToken),
            "template" => await TemplateAsync(db, id, cancellationToken),
            "example" => await ExampleAsync(db, id, cancellationToken),
            _ => [],
        };
    }

    private async Task<IReadOnlyList<SearchItem>> ActAsync(CollabDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var act = await db.LegalActs.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (act is null) return [];
        var editions = await db.ActEditions.AsNoTracking().Where(e => e.ActId == id).Select(e => e.Text).ToListAsync(cancellationToken);
        var body = string.Join("\n", [$"{LegalActCsv.TypeName(act.Type)} № {act.Number}", act.AdopterName, string.Join(", ", act.Tags), .. editions]);
        return [new SearchItem(Module, ActItem(id), "uk", act.Title, body, MethodologyLinks.Act(id), SearchAudience.Public, act.UpdatedAt)];
    }

    private async Task<IReadOnlyList<SearchItem>> TemplateAsync(CollabDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var template = await db.MethodologyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null) return [];
        var structure = await db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == id && v.Number == template.CurrentVersion)
            .Select(v => v.Structure).SingleOrDefaultAsync(cancellationToken) ?? "";
        var text = TemplateStructure.Parse(structure) is { IsSuccess: true } parsed ? string.Join("\n", parsed.Value.Select(l => l.Text)) : "";
        return [new SearchItem(Module, TemplateItem(id), "uk", template.Title, template.Description + "\n" + text, MethodologyLinks.Template(id), SearchAudience.Public, template.UpdatedAt)];
    }

    private async Task<IReadOnlyList<SearchItem>> ExampleAsync(CollabDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var example = await db.MethodologyExamples.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (example is null) return [];
        return [new SearchItem(Module, ExampleItem(id), "uk", example.Title, example.Topic + "\n" + example.Summary, MethodologyLinks.Example(id), SearchAudience.Public, example.CreatedAt)];
    }
}
