using System.Globalization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal;

/// <summary>The journal's localised labels, and its text in a chosen culture for mails to someone else.</summary>
public sealed class JournalText(IStringLocalizer<JournalResource> l)
{
    public string this[string key] => l[key];

    public string Error(Error error) => l[error.Code];

    public static CultureInfo CultureOf(string language) =>
        CultureInfo.GetCultureInfo(language == Domain.Journal.NewsletterLanguages.English ? "en-US" : "uk-UA");

    /// <summary>Runs <paramref name="render"/> with the UI culture of <paramref name="language"/>, for a mail in the reader's language.</summary>
    public static T In<T>(string language, Func<T> render)
    {
        var before = CultureInfo.CurrentUICulture;
        var beforeCulture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureOf(language);
            CultureInfo.CurrentCulture = CultureOf(language);
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            CultureInfo.CurrentCulture = beforeCulture;
        }
    }
}
