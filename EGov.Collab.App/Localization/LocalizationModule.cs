using System.Text.Encodings.Web;
using System.Text.Unicode;
using EGov.Collab.App.Common;
using Microsoft.AspNetCore.Localization;
using MudBlazor;

namespace EGov.Collab.App.Localization;

public static class LocalizationModule
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudLocalizer, PortalMudLocalizer>();
        // Prerendered HTML carries Ukrainian as text, not as &#x...; entities.
        services.AddSingleton(HtmlEncoder.Create(
            UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.Cyrillic,
            UnicodeRanges.CyrillicSupplement, UnicodeRanges.GeneralPunctuation, UnicodeRanges.CurrencySymbols));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(PortalCultures.Default)
                .AddSupportedCultures([.. PortalCultures.Supported])
                .AddSupportedUICultures([.. PortalCultures.Supported]);
            // Only an explicit choice changes the language: Ukrainian is the default whatever the browser says.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>GET /culture?culture=en-US&amp;returnUrl=/drafting sets the language cookie and goes back.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (!PortalCultures.IsSupported(culture))
                return Results.BadRequest(); // the localised status page explains it
            var normalised = PortalCultures.Supported.First(c => c.Equals(culture, StringComparison.OrdinalIgnoreCase));
            context.Response.Cookies.Append(PortalCultures.CookieName, PortalCultures.CookieValue(normalised), new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                HttpOnly = false,
            });
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }
}
