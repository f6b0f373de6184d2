using System.Diagnostics;
using System.Globalization;
using EGov.Collab.App.Methodology;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.Bench.Methodology;

/// <summary>
/// Methodology base: reading and checking a CSV of act cards at the import's limit (5,000 rows), the "amends" cycle
/// check on a registry with a long chain of amendments, and rendering a 500-line template into numbered provisions.
/// Pure CPU work (no database), single-threaded.
/// </summary>
public sealed class MethodologyBenchmark : IBenchmark
{
    public string Name => "methodology";

    public string Description => "CSV import check of 5,000 act cards; amends-cycle check over 2,000 links; 500-line template → provisions";

    public Task RunAsync(string[] args)
    {
        var rows = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : LegalActCsv.MaxRows;
        var cards = Enumerable.Range(1, rows).Select(i => new LegalActCard($"{i}-IX", $"Про внесення змін до Закону України «Про електронні документи», акт № {i}",
            (LegalActType)(i % 8 + 1), $"{i}-IX", new DateOnly(2000, 1, 1).AddDays(i), "Верховна Рада України", null, null,
            $"https://zakon.rada.gov.ua/laws/show/{i}-20", "тест, е-урядування")).ToList();
        var csv = LegalActCsv.Write(cards);
        Console.WriteLine($"CSV of {rows} cards: {csv.Length / 1024} KB");
        LegalActCsv.Read(new StringReader(csv));
        Console.WriteLine($"read + check {rows} rows: {Measure(5, () => LegalActCsv.Read(new StringReader(csv)))}");

        var ids = Enumerable.Range(0, 2001).Select(_ => Guid.NewGuid()).ToList();
        var links = new List<ActLink>();
        for (var i = 0; i < 2000; i++) links.Add(ActLink.Create(ids[i], ids[i + 1], ActLinkType.Amends, links).Value);
        Console.WriteLine($"amends-cycle check, chain of 2,000 links (refused): {Measure(20, () => ActLink.Create(ids[^1], ids[0], ActLinkType.Amends, links))}");

        var markup = string.Join("\n", Enumerable.Range(0, 500).Select(i => (i % 25) switch
        {
            0 => "Section: Розділ програми {{community}}",
            1 => "Article: Завдання на {{yearFrom}}–{{yearTo}} роки",
            _ => i % 5 == 0 ? "Part: Забезпечити надання послуг онлайн." : "Item: захід програми;",
        }));
        var values = new Dictionary<string, string> { ["community"] = "Куликівської громади", ["yearFrom"] = "2027", ["yearTo"] = "2029" };
        Console.WriteLine($"500-line template parse + render + LegalNumbering: {Measure(50, () => LegalNumbering.Number(TemplateStructure.Render(TemplateStructure.Parse(markup).Value, values)))}");
        return Task.CompletedTask;
    }

    private static string Measure(int runs, Action action)
    {
        var latencies = new Latencies();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            latencies.AddSince(start);
        }
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        return $"{latencies}, CPU {cpu.ToString("0.0", CultureInfo.InvariantCulture)} ms/run";
    }
}
