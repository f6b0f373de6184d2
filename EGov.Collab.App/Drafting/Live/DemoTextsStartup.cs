using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// With Demo:Seed on, starts the operation log of demo drafts that have none yet (Data seeds their metadata; the
/// texts are in DraftingDemoData.Texts). A hosted service, so it runs after the database is migrated and seeded,
/// asynchronously, and never in production where the flag is off.
/// </summary>
internal sealed class DemoTextsStartup(IConfiguration configuration, IDbContextFactory<CollabDbContext> contexts, IDraftEditing editing) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Demo:Seed")) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var titles = DraftingDemoData.Texts.Keys.ToList();
        var drafts = await db.Drafts.Where(d => titles.Contains(d.Title)).Select(d => new { d.Id, d.Title, d.CreatedBy }).ToListAsync(cancellationToken);
        foreach (var draft in drafts)
        {
            if (await DraftTexts.ExistsAsync(editing, draft.Id)) continue;
            await editing.CreateAsync(draft.Id, DraftingDemoData.Texts[draft.Title], draft.CreatedBy, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
