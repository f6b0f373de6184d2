using System.Globalization;
using EGov.Collab.App.Documents;
using SkiaSharp;

namespace EGov.Collab.Tests.Documents;

/// <summary>Documents shaped like the ones the modules make: an e-learning certificate and a readiness report.</summary>
internal static class SampleDocuments
{
    public const string Name = "Ольга О'Коннор-Петренко";
    public const string VerifyUrl = "https://egov-collab.example/verify/CERT-2026-000123";

    public static readonly string[] Regions =
    [
        "Вінницька", "Волинська", "Дніпропетровська", "Донецька", "Житомирська", "Закарпатська", "Запорізька",
        "Івано-Франківська", "Київська", "Кіровоградська", "Луганська", "Львівська", "Миколаївська", "Одеська",
        "Полтавська", "Рівненська", "Сумська", "Тернопільська", "Харківська", "Херсонська", "Хмельницька",
        "Черкаська", "Чернівецька", "Чернігівська", "м. Київ",
    ];

    public static PdfDocumentBuilder Certificate(PdfDocumentBuilder? builder = null) =>
        (builder ?? new PdfDocumentBuilder())
            .Title("Сертифікат — " + Name)
            .Author("EGov.Collab")
            .Subject("Сертифікат про проходження курсу")
            .Keywords("сертифікат", "навчання")
            .CreatedAt(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.FromHours(2)))
            .FixedPage(DrawCertificate, PdfPageSize.A4Landscape, PdfMargins.All(PdfUnits.Mm(12)));

    public static PdfDocumentBuilder CertificateAndReport()
    {
        var builder = Certificate()
            .Title("Сертифікат і звіт")
            .PageNumbers("Сторінка {0} з {1}")
            .Header((canvas, page) => canvas.DrawText(
                "EGov.Collab · Індекс цифрової готовності громад",
                canvas.Bounds.Left,
                canvas.Bounds.Bottom - 22,
                TextStyle.Small));

        builder
            .Heading("Звіт про цифрову готовність громад")
            .Paragraph("Звіт підготовлено за даними самооцінювання громад у І кварталі 2026 року. Індекс поєднує п'ять " +
                "вимірів: інфраструктуру, електронні послуги, відкриті дані, кадри та «цифрову» культуру управління. " +
                "Значення наведено в балах від 0 до 100; зміну — порівняно з попереднім кварталом.")
            .Paragraph("Ґанок їжака, п'ять «лапок» — №1; апостроф ʼ і ’; ціна 1 250,50 ₴ … Mixed script: e-Gov, Дія, ЦНАП.")
            .Heading("Показники за областями", 2)
            .Table(ReportTable(60))
            .Heading("Найвищі показники", 2)
            .BarChart(TopRegions(BarOrientation.Horizontal))
            .BarChart(TopRegions(BarOrientation.Vertical));
        return builder;
    }

    public static PdfTable ReportTable(int rows)
    {
        var table = new PdfTable()
            .Column("№", 0.07f, TextAlignment.Right)
            .Column("Громада", 0.43f)
            .Column("Область", 0.25f)
            .Column("Індекс", 0.12f, TextAlignment.Right)
            .Column("Зміна", 0.13f, TextAlignment.Right);
        for (var i = 1; i <= rows; i++)
        {
            var region = Regions[i % Regions.Length];
            var community = i % 7 == 0
                ? $"Громада-{i} з дуже довгою назвою, що не вміщується в один рядок колонки"
                : $"Громада-{i}";
            table.Row(
                i.ToString(CultureInfo.InvariantCulture),
                community,
                region,
                (40 + (i * 37 % 60) + 0.5).ToString("0.0", CultureInfo.GetCultureInfo("uk-UA")),
                ((i % 9) - 4).ToString("+0;−0;0", CultureInfo.InvariantCulture));
        }

        return table;
    }

    public static PdfBarChart TopRegions(BarOrientation orientation)
    {
        var chart = new PdfBarChart
        {
            Title = orientation == BarOrientation.Horizontal ? "Індекс за областями, балів" : "Динаміка, балів",
            Orientation = orientation,
            Maximum = 100,
            Height = 200,
            Culture = CultureInfo.GetCultureInfo("uk-UA"),
            ValueFormat = "0.0",
        };
        var values = new[] { 87.5, 81.2, 76.0, 71.4, 64.9, 58.3 };
        for (var i = 0; i < values.Length; i++)
        {
            chart.Bar(Regions[i + 7], values[i]);
        }

        return chart;
    }

    private static void DrawCertificate(PdfCanvas canvas)
    {
        var b = canvas.Bounds;
        canvas.DrawRectangle(b, PdfColors.Accent, 3f);
        var inner = SKRect.Inflate(b, -8, -8);
        canvas.DrawRectangle(inner, PdfColors.Gold, 1f);

        var title = TextStyle.Heading1 with { Size = 34 };
        var top = inner.Top + 70;
        top = canvas.DrawText("СЕРТИФІКАТ", b.MidX, top, title, TextAlignment.Center).Bottom + 6;
        top = canvas.DrawText("засвідчує, що", b.MidX, top, TextStyle.Body with { Size = 14, Color = PdfColors.Muted }, TextAlignment.Center).Bottom + 14;
        top = canvas.DrawText(Name, b.MidX, top, TextStyle.Body with { Size = 32, Bold = true }, TextAlignment.Center).Bottom + 6;
        canvas.DrawLine(b.MidX - 140, top, b.MidX + 140, top, PdfColors.Gold, 1f);
        top += 18;
        var course = new SKRect(inner.Left + 80, top, inner.Right - 80, top + 80);
        canvas.DrawTextBlock(
            "успішно завершила курс «Цифрова трансформація громад: ґрунтовний курс для посадовців» (36 годин, 1,2 кредиту ЄКТС) " +
            "і склала підсумковий тест із результатом 94\u00A0%.",
            course,
            TextStyle.Body with { Size = 14, LineSpacing = 1.4f },
            TextAlignment.Center);

        var baseLine = inner.Bottom - 70;
        var signature = new SKRect(inner.Left + 40, baseLine, inner.Left + 290, baseLine + 50);
        canvas.DrawLine(signature.Left, signature.Top, signature.Right, signature.Top, PdfColors.Text, 0.75f);
        canvas.DrawTextBlock("Ганна Їжакевич\nкерівниця навчальної програми", new SKRect(signature.Left, signature.Top + 4, signature.Right, signature.Bottom), TextStyle.Small, TextAlignment.Center);

        var dated = new SKRect(inner.MidX - 110, baseLine + 4, inner.MidX + 110, baseLine + 50);
        canvas.DrawTextBlock("Київ, 14 березня 2026 р.\n№ CERT-2026-000123", dated, TextStyle.Small, TextAlignment.Center);

        var qr = new SKRect(inner.Right - 130, inner.Bottom - 130, inner.Right - 30, inner.Bottom - 30);
        canvas.DrawQrCode(VerifyUrl, qr);
        canvas.DrawText("Перевірити справжність", qr.MidX, qr.Bottom + 2, TextStyle.Small with { Size = 7 }, TextAlignment.Center);
    }
}
