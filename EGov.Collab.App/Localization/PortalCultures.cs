using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace EGov.Collab.App.Localization;

/// <summary>The portal's languages: Ukrainian first, English second. The choice is kept in the standard culture cookie.</summary>
public static class PortalCultures
{
    public const string Ukrainian = "uk-UA";
    public const string English = "en-US";
    public const string Default = Ukrainian;

    public static readonly IReadOnlyList<string> Supported = [Ukrainian, English];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture, culture));

    public static bool IsUkrainian(CultureInfo culture) => culture.TwoLetterISOLanguageName == "uk";
}
