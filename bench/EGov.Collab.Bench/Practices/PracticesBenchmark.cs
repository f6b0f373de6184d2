using System.Diagnostics;
using System.Globalization;
using EGov.Collab.App.Practices;
using EGov.Collab.Data;
using EGov.Collab.Domain.Practices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Collab.Bench.Practices;

/// <summary>
/// The depository's catalogue with every facet counted: the demo practices copied up to --practices (2,000 by default)
/// published practices with random concepts and communities, then the catalogue's search (no filter; one facet; two
/// facets, a region and text) and the CSV export of a filter, each run --runs times (20) through the same services
/// the page and the endpoint use.
/// </summary>
public sealed class PracticesBenchmark : IBenchmark
{
    public string Name => "practices";

    public string Description => "depository catalogue: search with all facet counts and the CSV export over 2,000 published practices";

    public async Task RunAsync(string[] args)
    {
        var count = Option(args, "--practices", 2000);
        var runs = Option(args, "--runs", 20);
        var culture = CultureInfo.GetCultureInfo("uk-UA");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        var folder = Path.Combine(Path.GetTempPath(), $"egov-bench-practices-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await using var portal = new Portal(folder);
            var services = portal.Services;
            await ArrangeAsync(services.GetRequiredService<IDbContextFactory<CollabDbContext>>(), count);
            using var scope = services.CreateScope();
            var catalogue = scope.ServiceProvider.GetRequiredService<PracticeCatalogue>();
            var export = scope.ServiceProvider.GetRequiredService<PracticeExport>();
            var filters = new[] { "", "?technology=CHANNELS", "?technology=QUEUE&cofog=01&region=UA46000000000026241&q=черг" };
            foreach (var query in filters) await catalogue.SearchAsync(PracticeFilter.Parse(query));

            using var meter = new ProcessMeter();
            foreach (var query in filters)
            {
                var shown = 0;
                var latency = await MeasureAsync(runs, async () => shown = (await catalogue.SearchAsync(PracticeFilter.Parse(query))).Items.Count);
                Console.WriteLine($"search '{(query.Length == 0 ? "(no filter)" : query)}' → {shown} of {count + 27} shown, every facet counted: {latency}");
            }
            var bytes = 0;
            var csv = await MeasureAsync(runs, async () => bytes = export.Csv(await catalogue.SearchAsync(PracticeFilter.Parse("?technology=CHANNELS"))).Length);
            Console.WriteLine($"export.csv '?technology=CHANNELS' ({bytes / 1024} KB): {csv}");
            Console.WriteLine(meter);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    private static async Task<string> MeasureAsync(int runs, Func<Task> action)
    {
        var latencies = new Latencies();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            latencies.AddSince(start);
        }
        return latencies.ToString();
    }

    /// <summary>Copies of the demo's published practices, each with three to eight random concepts and a random community.</summary>
    private static async Task ArrangeAsync(IDbContextFactory<CollabDbContext> dbFactory, int count)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var templates = await db.Practices.AsNoTracking().Include(p => p.Concepts).ToListAsync();
        var concepts = await db.PracticeClassifier.Where(c => c.Scheme != ConceptScheme.Region).Select(c => c.Id).ToListAsync();
        var communities = await db.Communities.Select(c => new { c.Id, c.KatottgCode }).ToListAsync();
        var random = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var template = templates[i % templates.Count];
            var community = communities[random.Next(communities.Count)];
            var content = template.Content with
            {
                TitleUk = $"{template.TitleUk} · копія {i}",
                CommunityId = community.Id,
                ConceptIds = Enumerable.Range(0, random.Next(3, 9)).Select(_ => concepts[random.Next(concepts.Count)]).Distinct().ToList(),
            };
            var practice = Practice.Create(content, CommunityRegions.RegionOf(community.KatottgCode), template.AuthorId, now.AddDays(-random.Next(1, 2000))).Value;
            practice.Publish(now.AddDays(-random.Next(0, 1000)));
            db.Practices.Add(practice);
        }
        await db.SaveChangesAsync();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>The whole portal in this process on a SQLite file, demo data seeded, as in Development.</summary>
    private sealed class Portal(string folder) : WebApplicationFactory<PracticeCatalogue>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(Environments.Development);
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Collab", $"Data Source={Path.Combine(folder, "bench.db")}");
            builder.UseSetting("Storage:DataPath", folder);
            builder.UseSetting("Mail:Smtp:Host", "");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        }
    }
}
