using EGov.Collab.App.Common;

namespace EGov.Collab.App.Journal;

/// <summary>Absolute links in journal and newsletter mails and the feed, built on <see cref="PublicLinks"/>.</summary>
public sealed class JournalLinks(PublicLinks links)
{
    public string BaseUrl => links.BaseUrl;

    public string Absolute(string path) => links.Absolute(path);

    public static string Article(Guid id) => $"/journal/articles/{id}";

    public static string Cover(Guid id) => $"/journal/articles/{id}/cover";
}
