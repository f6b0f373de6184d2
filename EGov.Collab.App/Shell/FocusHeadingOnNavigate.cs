using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace EGov.Collab.App.Shell;

/// <summary>
/// After a navigation inside the circuit to another page, moves focus to its heading so a screen reader announces the
/// new page (what Blazor's FocusOnNavigate does). Unlike FocusOnNavigate it leaves the first page alone: the circuit
/// starts seconds after the page shows on a slow laptop, by when the user may be typing in a field or have tabbed to
/// the skip link, and taking focus away then loses keystrokes.
/// </summary>
public sealed class FocusHeadingOnNavigate : ComponentBase
{
    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public RouteData RouteData { get; set; } = default!;

    [Parameter]
    public string Selector { get; set; } = "h1";

    private Type? _shownPage;
    private bool _focusAfterRender;

    protected override void OnParametersSet()
    {
        if (_shownPage is not null && RouteData.PageType != _shownPage) _focusAfterRender = true;
        _shownPage = RouteData.PageType;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_focusAfterRender) return;
        _focusAfterRender = false;
        try
        {
            await JS.InvokeVoidAsync("portalShell.focusHeading", Selector);
        }
        catch (JSDisconnectedException)
        {
            // The page is gone; nothing to focus.
        }
    }
}
