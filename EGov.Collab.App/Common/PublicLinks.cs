namespace EGov.Collab.App.Common;

/// <summary>
/// The portal's public address, the only base for absolute links (mails, feeds, QR codes). Never the request's Host
/// header: a crafted request must not make the portal mail links to someone else's site. Set Portal:PublicUrl in every
/// environment but Development, which falls back to the local address.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IHostEnvironment environment)
{
    public const string DevelopmentDefault = "http://localhost:5080";

    /// <summary>The base without a trailing slash, e.g. https://egov.example.ua.</summary>
    public string BaseUrl
    {
        get
        {
            var configured = configuration["Portal:PublicUrl"];
            if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim().TrimEnd('/');
            if (environment.IsDevelopment()) return DevelopmentDefault;
            throw new InvalidOperationException("Portal:PublicUrl must be set outside Development: absolute links are built on it.");
        }
    }

    /// <summary>The absolute address of a path on the portal ("/journal" → "https://…/journal").</summary>
    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
