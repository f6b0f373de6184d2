using System.Globalization;
using EGov.Collab.App.Documents;
using EGov.Collab.Domain.Learning;
using SkiaSharp;

namespace EGov.Collab.App.Learning.Certificates;

/// <summary>
/// The certificate PDF: one A4 landscape page with a double border, the emblem, a large name, the course, the
/// signatories, the number and date, and a QR code to the verification page. The border and emblem never change, so
/// they are recorded once as a Skia picture and replayed; fonts are the process-wide embedded Noto Sans. Thread-safe:
/// every call builds its own document, so certificates render in parallel.
/// </summary>
public static class CertificateDocument
{
    public static readonly PdfPageSize PageSize = PdfPageSize.A4Landscape;
    public static readonly PdfMargins Margins = PdfMargins.All(PdfUnits.Mm(12));

    private static readonly SKRect Bounds = Margins.ContentArea(PageSize);
    private static readonly Lazy<SKPicture> Decoration = new(RecordDecoration);
    private static readonly SKColor RevokedRed = new(0xC6, 0x28, 0x28, 0xB0);

    public static byte[] Render(CertificateContent content, CertificateLabels labels)
    {
        using var output = new MemoryStream(96 * 1024);
        Write(content, labels, output);
        return output.ToArray();
    }

    public static void Write(CertificateContent content, CertificateLabels labels, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(labels);
        var english = labels.IsEnglish;
        new PdfDocumentBuilder()
            .Title($"{(english ? labels.Title : labels.Title)} {content.Number} — {(english ? content.HolderNameLatin : content.HolderName)}")
            .Author(english ? content.IssuerEn : content.Issuer)
            .Subject(english ? content.CourseTitleEn : content.CourseTitle)
            .Keywords(content.Number)
            .Language(english ? "en-US" : "uk-UA")
            .CreatedAt(new DateTimeOffset(content.IssuedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))
            .FixedPage(canvas => Draw(canvas, content, labels), PageSize, Margins)
            .WriteTo(output);
    }

    private static void Draw(PdfCanvas canvas, CertificateContent content, CertificateLabels labels)
    {
        var english = labels.IsEnglish;
        var culture = CultureInfo.GetCultureInfo(english ? "en-US" : "uk-UA");
        var b = canvas.Bounds;
        canvas.Skia.DrawPicture(Decoration.Value);

        var trainer = content.Kind == CertificateKind.TrainerConsultant;
        var top = b.Top + 108;
        top = canvas.DrawText(labels.Title, b.MidX, top, TextStyle.Heading1 with { Size = 34 }, TextAlignment.Center).Bottom;
        if (trainer)
            top = canvas.DrawText(labels.TrainerTitle, b.MidX, top, TextStyle.Heading2 with { Color = PdfColors.Accent }, TextAlignment.Center).Bottom;
        top += 6;
        top = canvas.DrawText(labels.Certifies, b.MidX, top, TextStyle.Body with { Size = 14, Color = PdfColors.Muted }, TextAlignment.Center).Bottom + 8;
        var (main, other) = english ? (content.HolderNameLatin, content.HolderName) : (content.HolderName, content.HolderNameLatin);
        top = canvas.DrawText(main, b.MidX, top, TextStyle.Body with { Size = 32, Bold = true }, TextAlignment.Center).Bottom;
        top = canvas.DrawText(other, b.MidX, top, TextStyle.Body with { Size = 13, Color = PdfColors.Muted }, TextAlignment.Center).Bottom + 4;
        canvas.DrawLine(b.MidX - 160, top, b.MidX + 160, top, PdfColors.Gold, 1f);
        top += 14;

        var course = english ? content.CourseTitleEn : content.CourseTitle;
        var sentence = string.Format(culture, trainer ? labels.TrainerCompleted : labels.Completed, course,
            string.Format(culture, labels.Hours, content.Hours));
        var courseArea = new SKRect(b.Left + 90, top, b.Right - 90, top + 62);
        top += canvas.DrawTextBlock(sentence, courseArea, TextStyle.Body with { Size = 14, LineSpacing = 1.4f }, TextAlignment.Center, maxLines: 3) + 4;
        canvas.DrawText(english ? content.IssuerEn : content.Issuer, b.MidX, top, TextStyle.Body with { Size = 11, Bold = true, Color = PdfColors.Accent }, TextAlignment.Center);

        DrawFooter(canvas, content, labels, culture);
        if (content.IsRevoked) DrawRevoked(canvas, labels);
    }

    private static void DrawFooter(PdfCanvas canvas, CertificateContent content, CertificateLabels labels, CultureInfo culture)
    {
        var b = canvas.Bounds;
        var inner = SKRect.Inflate(b, -10, -10);
        var line = inner.Bottom - 74;
        var left = inner.Left + 36;
        foreach (var signatory in content.Signatories.Take(2))
        {
            var area = new SKRect(left, line, left + 210, line + 50);
            canvas.DrawLine(area.Left, area.Top, area.Right, area.Top, PdfColors.Text, 0.75f);
            canvas.DrawText(labels.IsEnglish ? signatory.EnglishName : signatory.Name, area.MidX, area.Top + 3, TextStyle.Small with { Bold = true, Color = PdfColors.Text }, TextAlignment.Center);
            canvas.DrawTextBlock(labels.IsEnglish ? signatory.EnglishPosition : signatory.Position, new SKRect(area.Left, area.Top + 15, area.Right, area.Bottom + 10), TextStyle.Small, TextAlignment.Center, maxLines: 2);
            left += 230;
        }

        var date = content.IssuedOn.ToString(labels.IsEnglish ? "d MMMM yyyy" : "d MMMM yyyy 'р.'", culture);
        var details = new SKRect(left, line + 2, inner.Right - 130, line + 50);
        canvas.DrawText($"{labels.DateLabel}: {date}", details.MidX, details.Top, TextStyle.Small with { Color = PdfColors.Text }, TextAlignment.Center);
        canvas.DrawText($"{labels.NumberLabel} {content.Number}", details.MidX, details.Top + 14, TextStyle.Body with { Size = 10, Bold = true }, TextAlignment.Center);

        var qr = new SKRect(inner.Right - 112, inner.Bottom - 118, inner.Right - 20, inner.Bottom - 26);
        canvas.FillRectangle(qr, SKColors.White);
        using (var path = VectorQr.Path(content.VerifyUrl, qr))
        using (var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false })
        {
            canvas.Skia.DrawPath(path, paint);
        }

        canvas.DrawText(labels.VerifyLabel, qr.MidX, qr.Bottom + 1, TextStyle.Small with { Size = 6.5f }, TextAlignment.Center);
        canvas.DrawText(content.Code, qr.MidX, qr.Bottom + 9, TextStyle.Small with { Size = 6.5f, Color = PdfColors.Text }, TextAlignment.Center);
    }

    // Horizontal, over the course line: a stamp no one can miss on screen or paper, and text a reader can extract.
    private static void DrawRevoked(PdfCanvas canvas, CertificateLabels labels)
    {
        var b = canvas.Bounds;
        var style = TextStyle.Body with { Size = 48, Bold = true, Color = RevokedRed };
        var width = canvas.MeasureText(labels.Revoked, style) + 40;
        var stamp = new SKRect(b.MidX - (width / 2f), b.MidY - 6, b.MidX + (width / 2f), b.MidY + 70);
        canvas.FillRectangle(stamp, new SKColor(0xFF, 0xFF, 0xFF, 0xD0), 8);
        canvas.DrawRectangle(stamp, RevokedRed, 4, 8);
        canvas.DrawText(labels.Revoked, b.MidX, stamp.Top + 4, style, TextAlignment.Center);
    }

    private static SKPicture RecordDecoration()
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(0, 0, PageSize.Width, PageSize.Height));
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };

        // Double border: Ukrainian blue outside, gold inside, with corner squares.
        stroke.Color = PdfColors.Accent;
        stroke.StrokeWidth = 4f;
        canvas.DrawRect(SKRect.Inflate(Bounds, -2, -2), stroke);
        var inner = SKRect.Inflate(Bounds, -10, -10);
        stroke.Color = PdfColors.Gold;
        stroke.StrokeWidth = 1.2f;
        canvas.DrawRect(inner, stroke);
        fill.Color = PdfColors.Gold;
        foreach (var corner in new[] { new SKPoint(inner.Left, inner.Top), new SKPoint(inner.Right, inner.Top), new SKPoint(inner.Left, inner.Bottom), new SKPoint(inner.Right, inner.Bottom) })
            canvas.DrawRect(corner.X - 5, corner.Y - 5, 10, 10, fill);

        // The emblem: a blue seal with a gold ring and a twelve-pointed star.
        var centre = new SKPoint(Bounds.MidX, inner.Top + 46);
        fill.Color = PdfColors.Accent;
        canvas.DrawCircle(centre, 32, fill);
        stroke.Color = PdfColors.Gold;
        stroke.StrokeWidth = 2.5f;
        canvas.DrawCircle(centre, 27, stroke);
        using var builder = new SKPathBuilder();
        for (var i = 0; i < 24; i++)
        {
            var radius = i % 2 == 0 ? 20f : 9f;
            var angle = (MathF.PI * i / 12f) - (MathF.PI / 2f);
            var point = new SKPoint(centre.X + (radius * MathF.Cos(angle)), centre.Y + (radius * MathF.Sin(angle)));
            if (i == 0) builder.MoveTo(point);
            else builder.LineTo(point);
        }

        builder.Close();
        using var star = builder.Detach();
        fill.Color = PdfColors.Gold;
        canvas.DrawPath(star, fill);
        fill.Color = SKColors.White;
        canvas.DrawCircle(centre, 5, fill);

        // Thin gold rules either side of the seal.
        stroke.StrokeWidth = 0.8f;
        canvas.DrawLine(inner.Left + 60, centre.Y, centre.X - 48, centre.Y, stroke);
        canvas.DrawLine(centre.X + 48, centre.Y, inner.Right - 60, centre.Y, stroke);
        return recorder.EndRecording();
    }
}
