namespace EGov.Collab.Domain.Library;

/// <summary>A Creative Commons 4.0 licence (or the CC0 public-domain dedication) an item is deposited under.</summary>
public sealed record LibraryLicence(string Code, string Uri, string Label);

public static class LibraryLicences
{
    public static readonly IReadOnlyList<LibraryLicence> All =
    [
        new("by", "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"),
        new("by-sa", "https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0"),
        new("by-nd", "https://creativecommons.org/licenses/by-nd/4.0/", "CC BY-ND 4.0"),
        new("by-nc", "https://creativecommons.org/licenses/by-nc/4.0/", "CC BY-NC 4.0"),
        new("by-nc-sa", "https://creativecommons.org/licenses/by-nc-sa/4.0/", "CC BY-NC-SA 4.0"),
        new("by-nc-nd", "https://creativecommons.org/licenses/by-nc-nd/4.0/", "CC BY-NC-ND 4.0"),
        new("cc0", "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
    ];

    public static LibraryLicence Default => All[0];

    public static LibraryLicence? FindByUri(string? uri) =>
        All.FirstOrDefault(l => string.Equals(l.Uri, uri?.Trim(), StringComparison.OrdinalIgnoreCase));
}
