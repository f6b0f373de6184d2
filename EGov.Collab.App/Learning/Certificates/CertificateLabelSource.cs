using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace EGov.Collab.App.Learning.Certificates;

/// <summary>
/// The certificate's wording per language, read straight from LearningResource for an explicit culture (a background
/// job renders English certificates whatever the current thread's culture is). Cached: it never changes at run time.
/// </summary>
public static class CertificateLabelSource
{
    private static readonly ResourceManager Resources = new(typeof(LearningResource).FullName!, typeof(LearningResource).Assembly);
    private static readonly ConcurrentDictionary<string, CertificateLabels> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static CertificateLabels For(string? culture)
    {
        var name = culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US" : "uk-UA";
        return Cache.GetOrAdd(name, Load);
    }

    private static CertificateLabels Load(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        string Text(string key) => Resources.GetString(key, culture) ?? key;
        return new CertificateLabels(
            name,
            Text("Learning.Pdf.Title"),
            Text("Learning.Pdf.TrainerTitle"),
            Text("Learning.Pdf.Certifies"),
            Text("Learning.Pdf.Completed"),
            Text("Learning.Pdf.TrainerCompleted"),
            Text("Learning.Pdf.Hours"),
            Text("Learning.Pdf.Number"),
            Text("Learning.Pdf.Date"),
            Text("Learning.Pdf.Verify"),
            Text("Learning.Pdf.Revoked"));
    }
}
