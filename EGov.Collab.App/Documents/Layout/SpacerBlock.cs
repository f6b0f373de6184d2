namespace EGov.Collab.App.Documents.Layout;

internal sealed class SpacerBlock(float height) : Block
{
    public override void Layout(FlowLayout flow) => flow.Skip(height);
}

internal sealed class PageBreakBlock : Block
{
    public override void Layout(FlowLayout flow)
    {
        if (!flow.AtPageTop)
        {
            flow.NewPage();
        }
    }
}

/// <summary>A page drawn freely through <see cref="PdfCanvas"/> (a certificate): it always stands alone.</summary>
internal sealed class FixedPageBlock(PdfPageSize size, PdfMargins margins, bool decorated, Action<PdfCanvas> draw) : Block
{
    public override void Layout(FlowLayout flow) => flow.AddFixedPage(size, margins, decorated, draw);
}
