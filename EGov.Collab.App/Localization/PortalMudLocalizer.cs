using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EGov.Collab.App.Localization;

/// <summary>MudBlazor's own texts (pagers, pickers, dialogs) from MudTranslations.resx; MudBlazor's English where a key is missing.</summary>
public sealed class PortalMudLocalizer(IStringLocalizer<MudTranslations> translations) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var translated = translations[key];
            return translated.ResourceNotFound ? base[key] : translated;
        }
    }
}

/// <summary>Marker for MudTranslations.resx.</summary>
public sealed class MudTranslations;
