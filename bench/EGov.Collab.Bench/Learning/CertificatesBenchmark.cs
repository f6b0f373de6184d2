using System.Diagnostics;
using System.Globalization;
using EGov.Collab.App.Learning.Certificates;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Bench.Learning;

/// <summary>
/// Certificate PDFs: rate on one core and on all cores, size per certificate, and a cohort ZIP of 10,000 written by
/// the same code the Hangfire job runs (time and peak memory). Usage: certificates [zipCount=10000].
/// </summary>
public sealed class CertificatesBenchmark : IBenchmark
{
    private static readonly string[] Names =
    [
        "Ольга О'Коннор-Петренко", "Анна Петренко", "Віктор Савченко", "Ірина Бондаренко", "Тарас Кравчук", "Юлія Руденко",
        "Ярослав Їжакевич", "Ґанна Щербатюк-Задорожна", "Олександр Зґурський", "Марія-Євгенія Коваленко",
    ];

    public string Name => "certificates";

    public string Description => "certificate PDFs per second (1 core, all cores), size, and a 10,000-certificate cohort ZIP";

    public async Task RunAsync(string[] args)
    {
        var zipCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var labels = CertificateLabelSource.For("uk-UA");
        var contents = Enumerable.Range(1, Math.Max(zipCount, 3000)).Select(Content).ToList();

        // Warm-up: JIT, fonts, the recorded decoration.
        for (var i = 0; i < 30; i++) CertificateDocument.Render(contents[i], labels);

        var single = Measure(contents.Take(600).ToList(), labels, 1);
        Console.WriteLine($"one core:  {single.Rate,8:F0} certificates/s ({single.Count} in {single.Seconds:F2} s)");
        var all = Measure(contents.Take(3000).ToList(), labels, Environment.ProcessorCount);
        Console.WriteLine($"{Environment.ProcessorCount} cores:   {all.Rate,8:F0} certificates/s ({all.Count} in {all.Seconds:F2} s)");
        Console.WriteLine($"size:      {all.AverageBytes / 1024.0,8:F1} KB per certificate (min {all.MinBytes / 1024.0:F1}, max {all.MaxBytes / 1024.0:F1}); English: {CertificateDocument.Render(contents[0], CertificateLabelSource.For("en-US")).Length / 1024.0:F1} KB");

        var file = Path.Combine(Path.GetTempPath(), $"egov-certificates-{Guid.NewGuid():N}.zip");
        try
        {
            var batch = contents.Take(zipCount).ToList();
            GC.Collect();
            using var meter = new ProcessMeter();
            await using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                await CertificateZipWriter.WriteAsync(batch, labels, output, null, CancellationToken.None);
            Console.WriteLine($"zip:       {batch.Count} certificates, {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MB, {meter}");
            Console.WriteLine($"           {batch.Count / meter.Wall.TotalSeconds:F0} certificates/s end to end");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int Count, double Seconds, double Rate, double AverageBytes, int MinBytes, int MaxBytes) Measure(
        List<CertificateContent> contents, CertificateLabels labels, int cores)
    {
        var sizes = new int[contents.Count];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, contents.Count, new ParallelOptions { MaxDegreeOfParallelism = cores },
            i => sizes[i] = CertificateDocument.Render(contents[i], labels).Length);
        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        Console.WriteLine($"           ({cores} thread(s): {cpu / contents.Count:F1} ms of CPU per certificate, {contents.Count / (cpu / 1000):F0} per CPU-second)");
        return (contents.Count, watch.Elapsed.TotalSeconds, contents.Count / watch.Elapsed.TotalSeconds, sizes.Average(), sizes.Min(), sizes.Max());
    }

    private static CertificateContent Content(int i)
    {
        var holder = HolderName.Create(Names[i % Names.Length]).Value;
        var code = VerificationCode.New().Value;
        return new CertificateContent(
            CertificateNumber.Create("EG", 2026, i).Value.Format(), code, i % 20 == 0 ? CertificateKind.TrainerConsultant : CertificateKind.CourseCompletion,
            holder.Ukrainian, holder.Latin, "Електронне урядування", "E-Governance", 36, new DateOnly(2026, 5, 29),
            "Національна академія державного управління при Президентові України",
            "National Academy of Public Administration under the President of Ukraine",
            [new Signatory("Олена Гнатюк", "ректорка Академії"), new Signatory("Віктор Савченко", "тренер-консультант курсу")],
            false, "https://egov.example.gov.ua/verify/" + code);
    }
}
