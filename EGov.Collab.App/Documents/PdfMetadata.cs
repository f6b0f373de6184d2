namespace EGov.Collab.App.Documents;

/// <summary>The document information dictionary (what a viewer shows under "Properties").</summary>
internal sealed class PdfMetadata
{
    public string? Title { get; set; }

    public string? Author { get; set; }

    public string? Subject { get; set; }

    public string? Keywords { get; set; }

    public string Creator { get; set; } = "EGov.Collab";

    public DateTimeOffset? Created { get; set; }

    /// <summary>The document's language (BCP 47, e.g. uk-UA); unset, the UI culture of the thread that builds it.</summary>
    public string? Language { get; set; }
}
