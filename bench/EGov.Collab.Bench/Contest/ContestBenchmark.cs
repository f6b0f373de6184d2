using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Contest;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Collab.Bench.Contest;

/// <summary>
/// 100 jurors each saving a score a second while 500 viewers (250 chair dashboards, 250 leaderboards) watch the panel
/// through the same API the pages use (<see cref="JuryScoring.SaveAsync"/>, <see cref="PanelSessions.Watch"/>).
/// Measures, for every (save, viewer) pair, the time from the save's start to the viewer's first update that carries it.
/// Options: seconds (default 30), jurors (100), viewers (500).
/// </summary>
public sealed class ContestBenchmark : IBenchmark
{
    private static readonly int[] Weights = [40, 35, 25];

    public string Name => "contest";

    public string Description => "100 jurors scoring 1/s, 500 live dashboard/leaderboard viewers: save-to-viewer latency, CPU, memory";

    public async Task RunAsync(string[] args)
    {
        args = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Concat(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))];
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var seconds = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 30;
        var jurorCount = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 100;
        var viewerCount = numbers.Length > 2 ? int.Parse(numbers[2], CultureInfo.InvariantCulture) : 500;
        var folder = Path.Combine(Path.GetTempPath(), "egov-contest-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var onDisk = args.Contains("--file");
            var connectionString = onDisk
                ? $"Data Source={Path.Combine(folder, "bench.db")}"
                : $"Data Source=file:contest-bench-{Guid.NewGuid():N}?mode=memory&cache=shared";
            // An in-memory shared-cache database lives while one connection to it is open.
            await using var keepAlive = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            await keepAlive.OpenAsync();
            Console.WriteLine($"database: SQLite {(onDisk ? "file (WAL) in " + folder : "in memory (shared cache)")}");
            await using var portal = new BenchPortal(folder, connectionString);
            var services = portal.Services;
            var (nominationId, entries, criteria, jurors) = await ArrangeAsync(services, jurorCount);
            var scoring = services.GetRequiredService<JuryScoring>();
            var sessions = services.GetRequiredService<PanelSessions>();
            await sessions.GetAsync(nominationId);

            var saveStarts = new ConcurrentDictionary<long, long>();
            var saveEnds = new ConcurrentDictionary<long, long>();
            var receipts = new ConcurrentBag<(int Viewer, long Version, long At)>();
            var renders = 0L;
            var watches = new List<IDisposable>();
            for (var v = 0; v < viewerCount; v++)
            {
                var viewer = v;
                var dashboard = v % 2 == 0;
                watches.Add(sessions.Watch(nominationId, snapshot =>
                {
                    receipts.Add((viewer, snapshot.Version, Stopwatch.GetTimestamp()));
                    Render(snapshot, dashboard);
                    Interlocked.Increment(ref renders);
                    return Task.CompletedTask;
                }));
            }

            Console.WriteLine($"panel: {jurors.Count} jurors, {entries.Count} entries, {criteria.Count} criteria; {viewerCount} viewers; {seconds} s");
            var saveLatency = new Latencies();
            var failures = 0;
            var saves = 0;
            using var meter = new ProcessMeter();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var loops = jurors.Select((juror, index) => Task.Run(async () =>
            {
                var random = new Random(index);
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1000)));
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
                do
                {
                    var values = criteria.ToDictionary(c => c, _ => (double)random.Next(0, 11));
                    var started = Stopwatch.GetTimestamp();
                    var result = await scoring.SaveAsync(juror, entries[random.Next(entries.Count)], values, null, submit: false);
                    if (result.IsSuccess)
                    {
                        saveStarts[result.Value] = started;
                        saveEnds[result.Value] = Stopwatch.GetTimestamp();
                        saveLatency.AddSince(started);
                        Interlocked.Increment(ref saves);
                    }
                    else Interlocked.Increment(ref failures);
                }
                while (await timer.WaitForNextTickAsync(stop.Token).AsTask().ContinueWith(t => !t.IsCanceled && t.Result));
            })).ToList();
            await Task.WhenAll(loops);
            var cpu = meter.ToString();
            // Let the last coalesced snapshot reach everyone.
            await Task.Delay(PanelSession.PublishInterval * 3);
            foreach (var watch in watches) watch.Dispose();

            var delivery = new Latencies();
            var afterCommit = new Latencies();
            var versions = saveStarts.Keys.Order().ToArray();
            foreach (var viewer in receipts.GroupBy(r => r.Viewer))
            {
                var seen = long.MinValue;
                foreach (var receipt in viewer.OrderBy(r => r.Version))
                {
                    var from = Array.BinarySearch(versions, seen + 1);
                    if (from < 0) from = ~from;
                    for (var i = from; i < versions.Length && versions[i] <= receipt.Version; i++)
                    {
                        delivery.Add(Stopwatch.GetElapsedTime(saveStarts[versions[i]], receipt.At));
                        afterCommit.Add(TimeSpan.FromTicks(Math.Max(0, Stopwatch.GetElapsedTime(saveEnds[versions[i]], receipt.At).Ticks)));
                    }
                    seen = Math.Max(seen, receipt.Version);
                }
            }
            Console.WriteLine($"saves: {saves} ok, {failures} refused ({saves / (double)seconds:F0}/s)");
            Console.WriteLine($"save call (database + panel): {saveLatency}");
            Console.WriteLine($"save call start → every viewer's update: {delivery}");
            Console.WriteLine($"save committed → every viewer's update: {afterCommit}");
            Console.WriteLine($"viewer renders: {renders} ({renders / (double)Math.Max(1, viewerCount) / seconds:F1} per viewer per second; without coalescing it would be {saves / (double)seconds:F0})");
            Console.WriteLine($"process: {cpu}");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>What a page's render reads: the dashboard walks the whole matrix, the leaderboard the ranking.</summary>
    private static int Render(PanelSnapshot snapshot, bool dashboard)
    {
        var hash = 0;
        if (dashboard)
        {
            foreach (var juror in snapshot.Jurors)
                foreach (var entry in snapshot.Entries)
                    hash ^= snapshot.Cell(juror.MemberId, entry.Id).State.GetHashCode();
        }
        foreach (var row in snapshot.Ranking) hash ^= (row.Score ?? 0).GetHashCode();
        return hash;
    }

    private static async Task<(Guid Nomination, List<Guid> Entries, List<Guid> Criteria, List<ClaimsPrincipal> Jurors)> ArrangeAsync(IServiceProvider services, int jurorCount)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CollabDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.FirstAsync();
        var nomination = Nomination.Create(edition.Id, "Benchmark", "", 99,
            new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-1), now.AddDays(30), now.AddDays(40)), now).Value;
        db.ContestNominations.Add(nomination);
        var criteria = Weights.Select((w, i) => Criterion.Create(nomination.Id, $"C{i}", "", w, 0, 10, i).Value).ToList();
        db.ContestCriteria.AddRange(criteria);
        var applicant = await db.Users.FirstAsync();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var entries = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var entry = Entry.Draft(applicant.Id, null, new EntryForm(nomination.Id, $"Entry {i}", community, "d", "r", "c", "h", "x"), now).Value;
            entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
            entry.Screen(true, null, now);
            db.ContestEntries.Add(entry);
            entries.Add(entry.Id);
        }
        var jurors = new List<ClaimsPrincipal>();
        for (var i = 0; i < jurorCount; i++)
        {
            var email = $"bench-juror{i}@demo.egov.ua";
            var member = new Member { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), EmailConfirmed = true, FullName = $"Juror {i:000}", RegisteredAt = now };
            db.Users.Add(member);
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Contest, ModuleRole.Juror, null, now).Value);
            db.ContestPanel.Add(PanelMember.Create(nomination.Id, member.Id, null, null));
            jurors.Add(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, member.Id.ToString())], "bench")));
        }
        await db.SaveChangesAsync();
        return (nomination.Id, entries, criteria.Select(c => c.Id).ToList(), jurors);
    }

    private sealed class BenchPortal(string folder, string connectionString) : WebApplicationFactory<JuryScoring>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(Environments.Development);
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Collab", connectionString);
            builder.UseSetting("Storage:DataPath", folder);
            builder.UseSetting("Mail:Smtp:Host", "");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        }
    }
}
