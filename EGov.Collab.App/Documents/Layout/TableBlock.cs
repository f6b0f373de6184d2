using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>
/// Lays a <see cref="PdfTable"/> out: the header opens the table and every page it continues on; a row moves to the
/// next page whole, unless it is taller than a page, in which case it is split between lines.
/// </summary>
internal sealed class TableBlock(PdfTable table) : Block
{
    private const float SpaceAfter = 10f;
    private const float RuleWidth = 0.5f;
    private const float HeaderRuleWidth = 1f;

    public override void Layout(FlowLayout flow)
    {
        if (table.Columns.Count == 0)
        {
            return;
        }

        var columns = ColumnBounds(flow);
        var padding = table.CellPadding;
        var header = new RowLayout(flow.Resources, table.HeaderStyle, table.Columns.Select(c => c.Header).ToArray(), columns, padding);
        var rows = table.Rows.Select(r => new RowLayout(flow.Resources, table.BodyStyle, r, columns, padding)).ToList();

        var firstRow = rows.Count > 0 ? rows[0].Height : 0f;
        flow.EnsureSpace(Math.Min(header.Height + firstRow, flow.PageHeight));
        PlaceHeader(flow, header);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var shaded = table.Zebra && i % 2 == 1;
            if (row.Height <= flow.Remaining + 0.01f)
            {
                PlaceRow(flow, row, 0, row.LineCount, shaded);
            }
            else if (header.Height + row.Height <= flow.PageHeight)
            {
                ContinueOnNextPage(flow, header);
                PlaceRow(flow, row, 0, row.LineCount, shaded);
            }
            else
            {
                PlaceSplitRow(flow, header, row, shaded);
            }
        }

        flow.Skip(SpaceAfter);
    }

    private (float Left, float Right)[] ColumnBounds(FlowLayout flow)
    {
        var total = table.Columns.Sum(c => c.Width);
        var bounds = new (float, float)[table.Columns.Count];
        var x = flow.Left;
        for (var i = 0; i < bounds.Length; i++)
        {
            var right = i == bounds.Length - 1 ? flow.Right : x + (flow.Width * table.Columns[i].Width / total);
            bounds[i] = (x, right);
            x = right;
        }

        return bounds;
    }

    private void ContinueOnNextPage(FlowLayout flow, RowLayout header)
    {
        flow.NewPage();
        PlaceHeader(flow, header);
    }

    private void PlaceHeader(FlowLayout flow, RowLayout header)
    {
        var top = flow.Y;
        flow.Add(new RectangleFragment(new SKRect(flow.Left, top, flow.Right, top + header.Height), PdfColors.HeaderFill));
        PlaceCells(flow, header, 0, header.LineCount, top);
        flow.Add(new LineFragment(new SKPoint(flow.Left, top), new SKPoint(flow.Right, top), PdfColors.StrongRule, RuleWidth));
        var bottom = top + header.Height;
        flow.Add(new LineFragment(new SKPoint(flow.Left, bottom), new SKPoint(flow.Right, bottom), PdfColors.StrongRule, HeaderRuleWidth));
        flow.Advance(header.Height);
    }

    private void PlaceRow(FlowLayout flow, RowLayout row, int fromLine, int toLine, bool shaded)
    {
        var top = flow.Y;
        var height = ((toLine - fromLine) * row.LineHeight) + (2 * table.CellPadding);
        if (shaded)
        {
            flow.Add(new RectangleFragment(new SKRect(flow.Left, top, flow.Right, top + height), PdfColors.ZebraFill));
        }

        PlaceCells(flow, row, fromLine, toLine, top);
        flow.Add(new LineFragment(new SKPoint(flow.Left, top + height), new SKPoint(flow.Right, top + height), PdfColors.Rule, RuleWidth));
        flow.Advance(height);
    }

    private void PlaceCells(FlowLayout flow, RowLayout row, int fromLine, int toLine, float top)
    {
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var (left, right) = row.Columns[c];
            var cellLeft = left + table.CellPadding;
            var cellWidth = right - left - (2 * table.CellPadding);
            var lines = row.Cells[c];
            for (var l = fromLine; l < Math.Min(toLine, lines.Count); l++)
            {
                var line = lines[l];
                if (line.Text.Length == 0)
                {
                    continue;
                }

                var x = TextBlock.Align(cellLeft, cellWidth, line.Width, table.Columns[c].Alignment);
                var baseline = top + table.CellPadding + ((l - fromLine) * row.LineHeight) + row.Baseline;
                flow.Add(new TextFragment(line.Text, x, baseline, row.Font, row.Color));
            }
        }
    }

    private void PlaceSplitRow(FlowLayout flow, RowLayout header, RowLayout row, bool shaded)
    {
        var from = 0;
        var freshPage = false;
        while (from < row.LineCount)
        {
            var fits = (int)Math.Floor((flow.Remaining - (2 * table.CellPadding) + 0.01f) / row.LineHeight);
            if (fits < 1 && !freshPage)
            {
                ContinueOnNextPage(flow, header);
                freshPage = true;
                continue;
            }

            // On a page too short for even one line, a line still goes on it rather than looping forever.
            fits = Math.Max(1, fits);
            freshPage = false;
            var to = Math.Min(row.LineCount, from + fits);
            PlaceRow(flow, row, from, to, shaded);
            from = to;
            if (from < row.LineCount)
            {
                ContinueOnNextPage(flow, header);
                freshPage = true;
            }
        }
    }

    /// <summary>A row's wrapped cells, measured once.</summary>
    private sealed class RowLayout
    {
        public RowLayout(RenderResources resources, TextStyle style, IReadOnlyList<string> cells, (float Left, float Right)[] columns, float padding)
        {
            Columns = columns;
            Font = resources.Font(style);
            Color = style.Color;
            LineHeight = style.LineHeight;
            Baseline = RenderResources.BaselineOffset(Font, LineHeight);
            Cells = new List<TextLine>[cells.Count];
            for (var i = 0; i < cells.Count; i++)
            {
                var width = Math.Max(1f, columns[i].Right - columns[i].Left - (2 * padding));
                Cells[i] = TextWrapper.Wrap(cells[i], Font, width);
                LineCount = Math.Max(LineCount, Cells[i].Count);
            }

            Height = (LineCount * LineHeight) + (2 * padding);
        }

        public (float Left, float Right)[] Columns { get; }

        public List<TextLine>[] Cells { get; }

        public SKFont Font { get; }

        public SKColor Color { get; }

        public float LineHeight { get; }

        public float Baseline { get; }

        public int LineCount { get; }

        public float Height { get; }
    }
}
