namespace EGov.Collab.App.Practices;

/// <summary>The depository's local URLs, and the modules a "replicate" starts in.</summary>
public static class PracticeLinks
{
    public const string Catalogue = "/practices";
    public const string Review = "/practices/review";
    public const string Mine = "/practices/my";
    public const string New = "/practices/new";
    public const string ClassifierEditor = "/practices/classifier";
    public const string ClassifierJsonLd = "/practices/classifier.jsonld";
    public const string ClassifierTurtle = "/practices/classifier.ttl";

    public static string Practice(Guid id) => $"/practices/{id}";

    public static string Edit(Guid id) => $"/practices/{id}/edit";

    public static string Attachment(Guid practiceId, Guid attachmentId) => $"/practices/{practiceId}/attachments/{attachmentId}";

    /// <summary>A listing in the project exchange pre-filled from the practice (the exchange is being built in parallel).</summary>
    public static string ReplicateAsProject(Guid id) => $"/projects/new?practice={id}";

    /// <summary>A programme draft from a methodology template (the templates are being built in parallel).</summary>
    public const string MethodologyTemplates = "/methodology/templates";

    public static string ContestEntry(Guid entryId) => $"/contest/entries/{entryId}/review";
}
