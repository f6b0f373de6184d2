using System.Diagnostics;
using System.Globalization;
using EGov.Collab.App.Projects.Publiccode;
using EGov.Collab.Domain.Projects;

namespace EGov.Collab.Bench.Projects;

/// <summary>
/// Project exchange: ranking N active listings (10,000 by default) against one body's five readiness components — what
/// "matches for my organisation" and the city cabinet do on every opening — and a publiccode.yml export + import round trip.
/// </summary>
public sealed class ProjectsBenchmark : IBenchmark
{
    private static readonly string[] Codes = ["INST", "INST.1", "INST.2", "SERV", "SERV.1", "SERV.2", "PART", "PART.1", "PART.2", "TECH.1", "TECH.2", "TECH.3", "CAP", "CAP.1", "CAP.2", "CAP.3"];

    public string Name => "projects";

    public string Description => "matching N listings (default 10,000) against a body's components; publiccode.yml round trip";

    public Task RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var random = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        var candidates = Enumerable.Range(0, count)
            .Select(i => new MatchCandidate(Guid.CreateVersion7(), [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Codes[random.Next(Codes.Length)]).Distinct()], now.AddMinutes(-i)))
            .ToList();
        ComponentGap[] body = [new("INST", 55m, 60m), new("SERV", 40m, 70m), new("PART", 62m, 58m), new("TECH", 30m, 45m), new("CAP", 70m, 50m)];

        ListingMatcher.Rank(body, candidates);
        using var meter = new ProcessMeter();
        var matching = new Latencies();
        for (var i = 0; i < 20; i++)
        {
            var start = Stopwatch.GetTimestamp();
            ListingMatcher.Rank(body, candidates);
            matching.AddSince(start);
        }
        Console.WriteLine($"matching ({count} listings, 5 components): {matching}");

        var content = ListingContent.Create(ListingKind.Solution, ListingDirection.Offer, "Електронна черга ЦНАП з відкритим кодом", "Open-source queue system",
            string.Concat(Enumerable.Repeat("Запис до ЦНАП онлайн, табло черги, SMS-нагадування та статистика. ", 40)), "Online booking.",
            DevelopmentStatus.Stable, MaintenanceType.Community, "EUPL-1.2", "https://github.com/example/queue", ["web", "linux"], ["queue-management"],
            "Богдан Олійник", "bohdan@example.org", 10_000m, 150_000m, GovernmentLevels.Local, ["UA05000000000010236"], ["SERV", "SERV.1"]).Value;
        PubliccodeImport.Parse(PubliccodeExport.Write(content));
        var roundTrip = new Latencies();
        for (var i = 0; i < 500; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var parsed = PubliccodeImport.Parse(PubliccodeExport.Write(content));
            roundTrip.AddSince(start);
            if (!parsed.IsSuccess) throw new InvalidOperationException("The round trip failed.");
        }
        Console.WriteLine($"publiccode.yml export + import ({PubliccodeExport.Write(content).Length} chars): {roundTrip}");
        Console.WriteLine($"process: cpu {meter.Cpu.TotalMilliseconds:0} ms, wall {meter.Wall.TotalMilliseconds:0} ms");
        return Task.CompletedTask;
    }
}
