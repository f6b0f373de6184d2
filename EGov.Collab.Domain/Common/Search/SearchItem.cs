namespace EGov.Collab.Domain.Common.Search;

/// <summary>
/// One piece of a module's content as the portal-wide search index takes it in: a library item's PDF page, a club
/// message, an act's edition. The index reduces the words to their stems itself, so that both database providers agree.
/// </summary>
/// <param name="ItemId">The module's own id of the thing (with <paramref name="Page"/>, one item may give several documents).</param>
/// <param name="Language">"uk" or "en": the language the text is written in.</param>
/// <param name="Url">Local URL of the page that shows it (with the page anchor for a PDF page).</param>
/// <param name="Audience">Who may read it: <see cref="SearchAudience"/>.</param>
/// <param name="Page">The PDF page number for text that comes from a file; null otherwise.</param>
public sealed record SearchItem(
    ModuleKey Module,
    string ItemId,
    string Language,
    string Title,
    string Body,
    string Url,
    string Audience,
    DateTimeOffset Updated,
    int? Page = null);

/// <summary>
/// Audience keys: a reader sees a search document only when the document's key is among the reader's keys. Every reader
/// has <see cref="Public"/>; a signed-in member also <see cref="Members"/>; modules add scopes (a working group, a private
/// room, a module role) through <c>ISearchAudienceProvider</c>.
/// </summary>
public static class SearchAudience
{
    public const string Public = "public";

    public const string Members = "members";

    /// <summary>A scope of one module's own, e.g. <c>Scope("drafting-group", groupId)</c>.</summary>
    public static string Scope(string kind, Guid id) => $"{kind}:{id:N}";

    /// <summary>Holders of a module role, e.g. the library's librarians.</summary>
    public static string Role(ModuleKey module, string role) => $"role:{module.Slug()}:{role}";
}
