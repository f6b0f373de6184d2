namespace EGov.Collab.App.Methodology;

/// <summary>The module's local URLs, in one place.</summary>
public static class MethodologyLinks
{
    public const string Acts = "/methodology/acts";
    public const string Examples = "/methodology/examples";
    public const string Templates = "/methodology/templates";
    public const string ActsCsv = "/methodology/acts.csv";

    public static string Act(Guid id) => $"/methodology/acts/{id}";

    public static string Template(Guid id) => $"/methodology/templates/{id}";

    public static string Example(Guid id) => $"/methodology/examples#example-{id:N}";

    public static string EditionPdf(Guid actId, Guid editionId) => $"/methodology/acts/{actId}/editions/{editionId}.pdf";

    public static string Draft(Guid draftId) => $"/drafting/drafts/{draftId}";
}
