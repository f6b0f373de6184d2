using System.Globalization;
using EGov.Collab.App.Documents.Layout;
using SkiaSharp;

namespace EGov.Collab.App.Documents;

/// <summary>
/// Composes a PDF from blocks laid out top to bottom with automatic page breaks, plus free-drawn pages.
/// Building runs two passes: layout (to know the page count) and drawing (so footers can say "page X of Y").
/// A builder may be built more than once; it is not thread-safe, but separate builders run in parallel.
/// <code>
/// var pdf = new PdfDocumentBuilder()
///     .Title("Звіт").Author("EGov.Collab")
///     .PageNumbers("Сторінка {0} з {1}")
///     .Heading("Звіт про готовність")
///     .Paragraph("…")
///     .Table(table)
///     .Build();
/// </code>
/// </summary>
public sealed class PdfDocumentBuilder
{
    private readonly List<Block> _blocks = [];
    private readonly List<Action<PdfCanvas, PageInfo>> _headers = [];
    private readonly List<Action<PdfCanvas, PageInfo>> _footers = [];
    private readonly PdfMetadata _metadata = new();
    private PdfPageSize _pageSize = PdfPageSize.A4Portrait;
    private PdfMargins _margins = PdfMargins.Default;

    public PdfDocumentBuilder PageSize(PdfPageSize size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Height);
        _pageSize = size;
        return this;
    }

    public PdfDocumentBuilder Landscape() => PageSize(_pageSize.Landscape);

    public PdfDocumentBuilder Margins(PdfMargins margins)
    {
        margins.ContentArea(_pageSize);
        _margins = margins;
        return this;
    }

    public PdfDocumentBuilder Title(string title) => Set(() => _metadata.Title = title);

    public PdfDocumentBuilder Author(string author) => Set(() => _metadata.Author = author);

    public PdfDocumentBuilder Subject(string subject) => Set(() => _metadata.Subject = subject);

    public PdfDocumentBuilder Creator(string creator) => Set(() => _metadata.Creator = creator);

    public PdfDocumentBuilder Keywords(params string[] keywords) => Set(() => _metadata.Keywords = string.Join(", ", keywords));

    public PdfDocumentBuilder CreatedAt(DateTimeOffset created) => Set(() => _metadata.Created = created);

    /// <summary>The document's language for screen readers (/Lang); without it, the current UI culture's.</summary>
    public PdfDocumentBuilder Language(string culture) => Set(() => _metadata.Language = culture);

    /// <summary>Draws in the top band (between the page's top edge and the top margin) of every flowing page.</summary>
    public PdfDocumentBuilder Header(Action<PdfCanvas, PageInfo> draw) => Set(() => _headers.Add(draw));

    /// <summary>Draws in the bottom band (between the bottom margin and the page's bottom edge) of every flowing page.</summary>
    public PdfDocumentBuilder Footer(Action<PdfCanvas, PageInfo> draw) => Set(() => _footers.Add(draw));

    /// <summary>
    /// A centred footer from a format with {0} = page number and {1} = page count, e.g. a localised "Сторінка {0} з {1}".
    /// </summary>
    public PdfDocumentBuilder PageNumbers(string format = "{0} / {1}", TextStyle? style = null)
    {
        var textStyle = style ?? TextStyle.Small;
        return Footer((canvas, page) =>
        {
            var text = string.Format(CultureInfo.CurrentCulture, format, page.Number, page.Count);
            var top = canvas.Bounds.Top + ((canvas.Bounds.Height - textStyle.LineHeight) / 2f);
            canvas.DrawText(text, canvas.Bounds.MidX, top, textStyle, TextAlignment.Center);
        });
    }

    public PdfDocumentBuilder Heading(string text, int level = 1) => Add(TextBlock.Heading(text, level));

    public PdfDocumentBuilder Paragraph(string text, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left) =>
        Add(TextBlock.Paragraph(text, style ?? TextStyle.Body, alignment));

    /// <summary>A paragraph of runs in several styles (colour, underline, strike-through), wrapped at spaces.</summary>
    public PdfDocumentBuilder RichParagraph(IReadOnlyList<PdfRun> runs, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Add(new RichTextBlock(runs, alignment));
    }

    public PdfDocumentBuilder Spacer(float height) => Add(new SpacerBlock(height));

    public PdfDocumentBuilder PageBreak() => Add(new PageBreakBlock());

    public PdfDocumentBuilder Table(PdfTable table) => Add(new TableBlock(table));

    public PdfDocumentBuilder BarChart(PdfBarChart chart) =>
        Add(new BoxBlock(null, chart.Height, TextAlignment.Left, area => new DrawingFragment(area, c => BarChartPainter.Paint(c, chart))));

    /// <summary>A PNG or JPEG, <paramref name="width"/> points wide (by default its pixel size at 96 dpi), shrunk to fit the page.</summary>
    public PdfDocumentBuilder Image(byte[] image, float? width = null, TextAlignment alignment = TextAlignment.Center)
    {
        var info = SKBitmap.DecodeBounds(image);
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new ArgumentException("The image bytes are not a PNG or JPEG Skia can decode.", nameof(image));
        }

        var w = width ?? info.Width * 0.75f;
        return Add(new BoxBlock(w, w * info.Height / info.Width, alignment, area => new ImageFragment(image, area)));
    }

    /// <summary>A QR code of <paramref name="text"/> (a verification URL, say), <paramref name="size"/> points square.</summary>
    public PdfDocumentBuilder QrCode(string text, float size = 85f, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Add(new BoxBlock(size, size, alignment, area => new QrCodeFragment(text, area)));
    }

    /// <summary>A block of free drawing, the content width by <paramref name="height"/> points, kept on one page.</summary>
    public PdfDocumentBuilder Drawing(float height, Action<PdfCanvas> draw) =>
        Add(new BoxBlock(null, height, TextAlignment.Left, area => new DrawingFragment(area, draw)));

    /// <summary>
    /// A page of its own drawn through <paramref name="draw"/>, whose canvas is bounded by the margins (a certificate);
    /// flowing content resumes on the next page. Headers and footers are left off unless <paramref name="decorated"/>.
    /// </summary>
    public PdfDocumentBuilder FixedPage(Action<PdfCanvas> draw, PdfPageSize? size = null, PdfMargins? margins = null, bool decorated = false)
    {
        var pageSize = size ?? _pageSize;
        var pageMargins = margins ?? _margins;
        pageMargins.ContentArea(pageSize);
        return Add(new FixedPageBlock(pageSize, pageMargins, decorated, draw));
    }

    public byte[] Build()
    {
        using var output = new MemoryStream();
        WriteTo(output);
        return output.ToArray();
    }

    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var resources = new RenderResources();
        var flow = new FlowLayout(_pageSize, _margins, resources);
        foreach (var block in _blocks)
        {
            block.Layout(flow);
        }

        using var skia = new MemoryStream();
        DocumentRenderer.Render(flow.Finish(), _metadata, _headers, _footers, resources, skia);
        var language = _metadata.Language ?? CultureInfo.CurrentUICulture.Name;
        output.Write(PdfCatalogLanguage.Apply(skia.ToArray(), string.IsNullOrEmpty(language) ? "uk-UA" : language));
    }

    private PdfDocumentBuilder Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    private PdfDocumentBuilder Set(Action set)
    {
        set();
        return this;
    }
}
