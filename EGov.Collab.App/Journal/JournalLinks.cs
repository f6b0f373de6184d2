namespace EGov.Collab.App.Journal;

/// <summary>
/// Absolute links in journal and newsletter mails. Mails are written by background jobs with no request to take a host
/// from, so they are built on Portal:PublicUrl.
/// </summary>
public sealed class JournalLinks(IConfiguration configuration)
{
    public string BaseUrl
    {
        get
        {
            var configured = configuration["Portal:PublicUrl"];
            var url = string.IsNullOrWhiteSpace(configured) ? "http://localhost:5080" : configured;
            return url.TrimEnd('/');
        }
    }

    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    public static string Article(Guid id) => $"/journal/articles/{id}";

    public static string Cover(Guid id) => $"/journal/articles/{id}/cover";
}
