using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EGov.Collab.Bench.Search;

/// <summary>
/// Indexes N synthetic Ukrainian documents of about W words (default 100,000 × 500) through the real rebuild path
/// (stemming in .NET, EF inserts, FTS5 triggers, vocabulary) into a SQLite file, then times queries through
/// <see cref="PortalSearch"/> as a visitor: one word, three words and a prefix, Q of each (first page, facets, snippets).
/// Options: --documents N, --words W, --queries Q.
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    // Real e-government words in several forms each, mixed with generated filler words (Zipf-like frequencies).
    private static readonly string[] Common =
    [
        "громада", "громади", "громаді", "громадою", "послуга", "послуги", "послуг", "послугами", "електронний", "електронна", "електронних",
        "державний", "державної", "реєстр", "реєстру", "реєстрів", "документ", "документа", "документів", "заява", "заяви", "заяву",
        "закон", "закону", "законів", "рішення", "рішень", "орган", "органу", "органів", "цифровий", "цифрова", "цифрових", "дані", "даних",
        "місцевий", "місцевого", "бюджет", "бюджету", "програма", "програми", "стратегія", "стратегії", "розвиток", "розвитку",
        "безпека", "безпеки", "платформа", "платформи", "сервіс", "сервісу", "система", "системи", "портал", "порталу", "доступ", "доступу",
        "об'єднаних", "обʼєднана", "адміністрація", "адміністрації", "область", "області", "місто", "міста", "надає", "надавати", "отримати",
        "забезпечити", "відкритий", "відкриті", "публічний", "публічної", "соціальний", "соціальних", "ліцензія", "ліцензії", "перевірка",
    ];

    private static readonly string[] Syllables = ["ка", "ро", "ві", "на", "то", "ле", "ми", "су", "пра", "дос", "кон", "тре", "ліз", "мен", "ста", "гра", "ції", "ний", "ого", "ість"];

    public string Name => "search";

    public string Description => "index 100,000 synthetic Ukrainian documents of ~500 words and time one-word, three-word and prefix queries (targets ≤ 60 s, p99 ≤ 50 ms)";

    public async Task RunAsync(string[] args)
    {
        var documents = Option(args, "--documents", 100_000);
        var words = Option(args, "--words", 500);
        var queries = Option(args, "--queries", 200);
        var folder = Path.Combine(Path.GetTempPath(), "egov-collab-bench-search", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench.db");
        var connection = $"Data Source={file};Default Timeout=60";

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddDbContextFactory<SqliteCollabDbContext>(o => o.UseSqlite(connection));
        services.AddSingleton<IDbContextFactory<CollabDbContext>>(sp => new Upcast(sp.GetRequiredService<IDbContextFactory<SqliteCollabDbContext>>()));
        services.AddSingleton<ISearchSource>(new SyntheticSource(documents, words));
        services.AddScoped<SearchIndexRebuild>();
        services.AddScoped<SearchReaders>();
        services.AddScoped<PortalSearch>();
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<CollabDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        }
        Console.WriteLine($"documents={documents:N0} words/document≈{words} queries/kind={queries} file={file}");

        RebuildReport report;
        using (var meter = new ProcessMeter())
        {
            await using var scope = provider.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuild>().RebuildAsync();
            Console.WriteLine($"indexing: {report.Documents:N0} documents in {report.Took.TotalSeconds:F1} s ({report.Documents / report.Took.TotalSeconds:F0} docs/s), vocabulary {report.Words:N0} words; {meter}");
        }
        await using (var db = await factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine($"index file: {new FileInfo(file).Length / 1024.0 / 1024.0:F0} MB");

        var visitor = new ClaimsPrincipal(new ClaimsIdentity());
        var random = new Random(7);
        await TimeAsync("one word", queries, () => Common[random.Next(Common.Length)], provider, visitor);
        await TimeAsync("three words", queries, () => $"{Common[random.Next(Common.Length)]} {Common[random.Next(Common.Length)]} {Common[random.Next(Common.Length)]}", provider, visitor);
        await TimeAsync("prefix", queries, () => Common[random.Next(Common.Length)][..4] + "*", provider, visitor);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task TimeAsync(string kind, int count, Func<string> query, IServiceProvider provider, ClaimsPrincipal reader)
    {
        var latencies = new Latencies();
        var found = 0L;
        await using var scope = provider.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<PortalSearch>();
        for (var i = 0; i < count + 10; i++)
        {
            var q = query();
            var started = Stopwatch.GetTimestamp();
            var result = await search.SearchAsync(reader, new SearchRequest(q));
            if (i >= 10) latencies.AddSince(started); // the first ten warm the caches
            if (result.IsSuccess) found += result.Value.Total;
        }
        Console.WriteLine($"{kind,-12} {latencies} (mean hits {found / (double)(count + 10):F0})");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class SyntheticSource(int documents, int words) : ISearchSource
    {
        public ModuleKey Module => ModuleKey.Library;

        public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            var random = new Random(42);
            var filler = Enumerable.Range(0, 50_000).Select(_ => Word(random)).ToArray();
            var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < documents; i++)
            {
                var body = new StringBuilder(words * 8);
                for (var w = 0; w < words; w++)
                {
                    // One word in five from the e-government list, the rest Zipf-like from the filler vocabulary.
                    var word = random.Next(5) == 0 ? Common[random.Next(Common.Length)] : filler[(int)(filler.Length * Math.Pow(random.NextDouble(), 3))];
                    body.Append(word).Append(w % 17 == 16 ? ". " : " ");
                }
                var title = $"{Common[random.Next(Common.Length)]} {filler[random.Next(2_000)]} {i}";
                yield return new SearchItem(Module, i.ToString(CultureInfo.InvariantCulture), "uk", title, body.ToString(), $"/library/items/{i}#page=1",
                    i % 10 == 0 ? SearchAudience.Members : SearchAudience.Public, start.AddHours(i), Page: 1);
            }
        }

        public Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SearchItem>>([]);

        private static string Word(Random random)
        {
            var word = new StringBuilder();
            for (var s = random.Next(2, 5); s > 0; s--) word.Append(Syllables[random.Next(Syllables.Length)]);
            return word.ToString();
        }
    }

    private sealed class Upcast(IDbContextFactory<SqliteCollabDbContext> inner) : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
