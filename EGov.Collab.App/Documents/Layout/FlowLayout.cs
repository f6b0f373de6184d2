using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>
/// The layout pass: a cursor moving down the content area of the current page. Blocks ask for room
/// (<see cref="EnsureSpace"/>), add fragments at <see cref="Y"/> and <see cref="Advance"/>; a page is opened lazily
/// when the first fragment lands on it, so nothing leaves an empty page behind.
/// </summary>
internal sealed class FlowLayout
{
    private readonly PdfPageSize _size;
    private readonly PdfMargins _margins;
    private readonly List<LaidOutPage> _pages = [];
    private LaidOutPage? _current;

    public FlowLayout(PdfPageSize size, PdfMargins margins, RenderResources resources)
    {
        _size = size;
        _margins = margins;
        Resources = resources;
        Area = margins.ContentArea(size);
        Y = Area.Top;
    }

    public RenderResources Resources { get; }

    /// <summary>The content area of flow pages: the page minus its margins.</summary>
    public SKRect Area { get; }

    public float Left => Area.Left;

    public float Right => Area.Right;

    public float Width => Area.Width;

    public float Y { get; private set; }

    public float Remaining => Area.Bottom - Y;

    public float PageHeight => Area.Height;

    /// <summary>True when nothing has been placed on the page the cursor is on.</summary>
    public bool AtPageTop => _current is null || _current.Fragments.Count == 0;

    public void Add(Fragment fragment)
    {
        if (_current is null)
        {
            _current = new LaidOutPage(_size, _margins, decorated: true);
            _pages.Add(_current);
        }

        _current.Fragments.Add(fragment);
    }

    public void Advance(float height) => Y += height;

    /// <summary>Vertical space between blocks; dropped at the top of a page.</summary>
    public void Skip(float height)
    {
        if (!AtPageTop)
        {
            Y = Math.Min(Y + height, Area.Bottom);
        }
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits or the page is still empty.</summary>
    public bool EnsureSpace(float height)
    {
        if (height <= Remaining + 0.01f || AtPageTop)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void NewPage()
    {
        _current = null;
        Y = Area.Top;
    }

    public void AddFixedPage(PdfPageSize size, PdfMargins margins, bool decorated, Action<PdfCanvas> draw)
    {
        _pages.Add(new LaidOutPage(size, margins, decorated, draw));
        NewPage();
    }

    public IReadOnlyList<LaidOutPage> Finish()
    {
        if (_pages.Count == 0)
        {
            _pages.Add(new LaidOutPage(_size, _margins, decorated: true));
        }

        return _pages;
    }
}
