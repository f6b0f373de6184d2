using System.Globalization;
using EGov.Collab.App.Localization;

namespace EGov.Collab.App.Mail;

/// <summary>
/// A mail is written in its recipient's language (the member's stored preferred culture), not in the language of whoever
/// triggered it. <c>using (RecipientCulture.Use(member.PreferredCulture)) { ...compose with the localizer... }</c>.
/// An address that is no member yet has no stored language: <c>null</c> gives the portal's default, Ukrainian.
/// </summary>
public static class RecipientCulture
{
    public static CultureInfo Of(string? preferredCulture) =>
        CultureInfo.GetCultureInfo(PortalCultures.IsSupported(preferredCulture) ? preferredCulture! : PortalCultures.Default);

    /// <summary>Sets the UI and formatting culture of this flow until disposed, then puts the previous ones back.</summary>
    public static IDisposable Use(string? preferredCulture) => new Scope(Of(preferredCulture));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _formatting = CultureInfo.CurrentCulture;

        public Scope(CultureInfo culture)
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _ui;
            CultureInfo.CurrentCulture = _formatting;
        }
    }
}
