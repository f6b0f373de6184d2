namespace EGov.Collab.App.Documents;

public enum PdfRunDecoration
{
    None,
    Underline,
    StrikeThrough,
}

/// <summary>A stretch of a rich paragraph in one style: a redline's inserted words underlined in colour, deleted ones struck.</summary>
public sealed record PdfRun(string Text, TextStyle Style, PdfRunDecoration Decoration = PdfRunDecoration.None);
