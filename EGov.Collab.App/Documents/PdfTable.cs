namespace EGov.Collab.App.Documents;

/// <summary>
/// A table: columns with relative widths, a header row repeated on every page the table spans, wrapped cell text.
/// <code>new PdfTable().Column("№", 0.1f, TextAlignment.Right).Column("Назва", 0.9f).Row("1", "Київ")</code>
/// </summary>
public sealed class PdfTable
{
    private readonly List<PdfTableColumn> _columns = [];
    private readonly List<string[]> _rows = [];

    public IReadOnlyList<PdfTableColumn> Columns => _columns;

    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Shade every second body row.</summary>
    public bool Zebra { get; init; } = true;

    public TextStyle HeaderStyle { get; init; } = TextStyle.Body with { Size = 9.5f, Bold = true, LineSpacing = 1.3f };

    public TextStyle BodyStyle { get; init; } = TextStyle.Body with { Size = 9.5f, LineSpacing = 1.3f };

    /// <summary>Space between a cell's border and its text, in points.</summary>
    public float CellPadding { get; init; } = 4f;

    /// <summary>Adds a column; <paramref name="width"/> is relative to the other columns' (fractions or any weights).</summary>
    public PdfTable Column(string header, float width = 1f, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        if (_rows.Count > 0)
        {
            throw new InvalidOperationException("Add every column before the first row.");
        }

        _columns.Add(new PdfTableColumn(header, width, alignment));
        return this;
    }

    public PdfTable Row(params string[] cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"A row needs {_columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add([.. cells]);
        return this;
    }
}

public sealed record PdfTableColumn(string Header, float Width, TextAlignment Alignment);
