namespace EGov.Collab.App.Documents.Layout;

/// <summary>A page after the layout pass: its geometry, what flows onto it and an optional free-drawing callback.</summary>
internal sealed class LaidOutPage(PdfPageSize size, PdfMargins margins, bool decorated, Action<PdfCanvas>? draw = null)
{
    public PdfPageSize Size { get; } = size;

    public PdfMargins Margins { get; } = margins;

    public bool Decorated { get; } = decorated;

    public Action<PdfCanvas>? Draw { get; } = draw;

    public List<Fragment> Fragments { get; } = [];
}
