using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// MudBlazor's own bUnit recipe: loose JS interop, MudBlazor services, and the portal's resx localisation.
/// MudBlazor's services are async-dispose only, so tests own the context with <c>await using</c> and never inherit it:
/// <code>await using var ctx = ComponentContext.Create();</code>
/// Set the language with <see cref="TestCulture.Use"/> before rendering.
/// </summary>
public static class ComponentContext
{
    public static BunitContext Create()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        ctx.Services.AddLogging();
        return ctx;
    }

    /// <summary>Render this first in tests that open a popover (select, menu, autocomplete).</summary>
    public static IRenderedComponent<MudPopoverProvider> RenderPopoverProvider(this BunitContext ctx) =>
        ctx.Render<MudPopoverProvider>();
}
