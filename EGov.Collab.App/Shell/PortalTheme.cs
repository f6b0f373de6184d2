using MudBlazor;

namespace EGov.Collab.App.Shell;

/// <summary>The portal's colours (the blue and yellow of the flag, and status colours, at contrasts that pass WCAG AA) and a system font stack: no web fonts to download.</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0057B7",
            Secondary = "#8A6D00",
            AppbarBackground = "#0B3D91",
            AppbarText = "#FFFFFF",
            Background = "#F7F8FA",
            DrawerBackground = "#FFFFFF",
            TextSecondary = "rgba(0,0,0,0.68)",
            // MudBlazor's defaults (#00c853, #ff9800, #f44336, #2196f3) fall below 4.5:1 against white text and as
            // outlined text on white; these keep the meaning and pass WCAG AA for small text both ways.
            Success = "#1B7F3B",
            Warning = "#A35200",
            Error = "#C62828",
            Info = "#0B66C3",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
