namespace EGov.Collab.App.Projects;

/// <summary>The project exchange's local URLs; absolute ones (in mails) are built on Portal:PublicUrl by the caller.</summary>
public static class ProjectsLinks
{
    public const string Catalogue = "/projects";
    public const string New = "/projects/new";
    public const string Import = "/projects/import";
    public const string Moderation = "/projects/moderation";
    public const string Mine = "/projects/my";
    public const string Matches = "/projects/matches";

    public static string Listing(Guid id) => $"/projects/{id}";

    public static string Edit(Guid id) => $"/projects/{id}/edit";

    public static string Publiccode(Guid id) => $"/projects/{id}/publiccode.yml";

    public static string Attachment(Guid id, Guid documentId) => $"/projects/{id}/attachments/{documentId}";

    public static string Interest(Guid interestId) => $"/projects/interests/{interestId}";

    /// <summary>The contest's registration, pre-filled from a listing.</summary>
    public static string EnterContest(Guid id) => $"/contest/register?listing={id}";
}
