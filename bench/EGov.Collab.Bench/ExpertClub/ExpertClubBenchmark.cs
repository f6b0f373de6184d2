using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Collab.Bench.ExpertClub;

/// <summary>
/// 200 participants subscribed to one topic through the same <see cref="TopicSession"/> API the topic page uses;
/// messages posted at a steady total rate by participants in turn; the latency from the start of each post to its
/// arrival at every participant. Also: opening and paging back through a topic of 10,000 messages.
/// Options: --participants 200 --rate 10 --seconds 30.
/// </summary>
public sealed class ExpertClubBenchmark : IBenchmark
{
    public string Name => "expertclub";

    public string Description => "expert club: 200 participants in one topic, 10 messages/s, fan-out latency p50/p99, CPU, memory; 10,000-message topic paging";

    public async Task RunAsync(string[] args)
    {
        var participants = Option(args, "--participants", 200);
        var rate = Option(args, "--rate", 10);
        var seconds = Option(args, "--seconds", 30);
        var folder = Path.Combine(Path.GetTempPath(), $"egov-bench-club-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await using var portal = new Portal(folder);
            var services = portal.Services;
            var dbFactory = services.GetRequiredService<IDbContextFactory<CollabDbContext>>();
            var (topicId, members) = await ArrangeAsync(dbFactory, participants);
            var session = services.GetRequiredService<TopicSessions>().For(topicId);
            Console.WriteLine($"participants={participants} rate={rate}/s duration={seconds} s messages={rate * seconds}");

            var latencies = new Latencies();
            var spread = new Latencies();
            var firstArrival = new System.Collections.Concurrent.ConcurrentDictionary<Guid, long>();
            var delivered = 0;
            var measuring = false;
            var subscriptions = Enumerable.Range(0, participants).Select(_ => session.Subscribe(async change =>
            {
                // A circuit's handler hops onto its renderer (InvokeAsync) before it touches state: one yield models that hop.
                await Task.Yield();
                if (change is MessageEvent { IsNew: true } posted && Volatile.Read(ref measuring))
                {
                    var sent = long.Parse(posted.Message.Text.AsSpan(posted.Message.Text.LastIndexOf(' ') + 1), CultureInfo.InvariantCulture);
                    latencies.AddSince(sent);
                    // How long after the first participant heard it did this one: the fan-out itself, without the post's store.
                    var first = firstArrival.GetOrAdd(posted.Message.Id, _ => Stopwatch.GetTimestamp());
                    spread.AddSince(first);
                    Interlocked.Increment(ref delivered);
                }
            })).ToList();

            var users = members.Select(id => new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "bench"))).ToList();
            // Warm-up: JIT, EF query caches, connection pool.
            await PostAtRateAsync(session, users, rate, rate * 2, 0, new Latencies());
            Volatile.Write(ref measuring, true);

            var posting = new Latencies();
            using var meter = new ProcessMeter();
            var refused = await PostAtRateAsync(session, users, rate, rate * seconds, rate * 2, posting);
            var expected = (long)(rate * seconds - refused) * participants;
            var wait = Stopwatch.StartNew();
            while (Volatile.Read(ref delivered) < expected && wait.Elapsed < TimeSpan.FromSeconds(10))
                await Task.Delay(20);
            Console.WriteLine($"fan-out (post start -> every participant): {latencies}");
            Console.WriteLine($"fan-out spread (first participant -> each participant): {spread}");
            Console.WriteLine($"post round trip (validate, rights, store, publish to all): {posting}");
            Console.WriteLine($"delivered {delivered} of {expected} expected; refused posts {refused}");
            Console.WriteLine($"process: {meter}");
            foreach (var subscription in subscriptions) subscription.Dispose();

            await LongTopicAsync(services, dbFactory, members[0]);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a stopping thread; the temp folder is the OS's to clean.
            }
        }
    }

    private static async Task<int> PostAtRateAsync(TopicSession session, List<ClaimsPrincipal> users, int rate, int count, int offset, Latencies posting)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / rate));
        var posts = new List<Task<bool>>();
        for (var i = 0; i < count; i++)
        {
            await timer.WaitForNextTickAsync();
            var user = users[(offset + i) % users.Count];
            var sequence = offset + i;
            posts.Add(Task.Run(async () =>
            {
                var start = Stopwatch.GetTimestamp();
                var result = await session.PostAsync(user, $"Повідомлення {sequence} про **дані** {start}");
                posting.AddSince(start);
                return result.IsSuccess;
            }));
        }
        var results = await Task.WhenAll(posts);
        return results.Count(ok => !ok);
    }

    private static async Task LongTopicAsync(IServiceProvider services, IDbContextFactory<CollabDbContext> dbFactory, Guid author)
    {
        Guid topicId;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var room = await db.ClubRooms.SingleAsync(r => r.Name == "Навантаження");
            var topic = Topic.Create(room.Id, "10 000 повідомлень", author, DateTimeOffset.UtcNow.AddDays(-60)).Value;
            db.ClubTopics.Add(topic);
            var start = DateTimeOffset.UtcNow.AddDays(-60);
            for (var i = 0; i < 10_000; i++)
            {
                var at = start.AddSeconds(i * 30);
                db.ClubMessages.Add(Message.Post(topic.Id, topic.NextNumber(at).Value, author, null, $"Повідомлення {i + 1}: *Markdown* і [посилання](https://example.org/{i})", at).Value);
            }
            await db.SaveChangesAsync();
            topicId = topic.Id;
        }
        var session = services.GetRequiredService<TopicSessions>().For(topicId);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, author.ToString())], "bench"));
        await session.OpenAsync(user); // warm-up
        var open = new Latencies();
        var back = new Latencies();
        for (var round = 0; round < 20; round++)
        {
            var started = Stopwatch.GetTimestamp();
            var opened = await session.OpenAsync(user);
            open.AddSince(started);
            var before = opened.Value.Page.Messages[0].Number;
            for (var page = 0; page < 10; page++)
            {
                started = Stopwatch.GetTimestamp();
                var earlier = await session.EarlierAsync(user, before);
                back.AddSince(started);
                before = earlier.Value.Messages[0].Number;
            }
        }
        Console.WriteLine($"10,000-message topic: open (latest 50) {open}");
        Console.WriteLine($"10,000-message topic: page back 50 (keyset) {back}");
    }

    private static async Task<(Guid Topic, List<Guid> Members)> ArrangeAsync(IDbContextFactory<CollabDbContext> dbFactory, int participants)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var members = new List<Guid>();
        for (var i = 0; i < participants; i++)
        {
            var email = $"bench{i}@bench.example";
            var member = new Member
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, FullName = $"Учасник {i}", RegisteredAt = now, SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(member);
            var club = ClubMember.Apply(member.Id, "навантаження", null, null, now).Value;
            club.Approve(member.Id, now);
            db.ClubMembers.Add(club);
            members.Add(member.Id);
        }
        var room = Room.Create("Навантаження", null, false, members[0], now).Value;
        var topic = Topic.Create(room.Id, "200 учасників", members[0], now).Value;
        db.ClubRooms.Add(room);
        db.ClubTopics.Add(topic);
        await db.SaveChangesAsync();
        return (topic.Id, members);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>The whole portal in this process on a SQLite file (WAL), demo data seeded, as in Development.</summary>
    // Any App type names the entry assembly; the bench has a Program of its own.
    private sealed class Portal(string folder) : WebApplicationFactory<TopicSessions>
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
