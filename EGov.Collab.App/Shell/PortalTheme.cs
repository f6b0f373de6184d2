using MudBlazor;

namespace EGov.Collab.App.Shell;

/// <summary>The portal's colours (the blue and yellow of the flag, at contrasts that pass WCAG AA) and a system font stack: no web fonts to download.</summary>
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
