using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>MudBlazor's select, chosen as a person does: open it, click the option, and wait until the portal has the choice.</summary>
public static class MudSelects
{
    /// <summary>
    /// Opens the select marked <c>data-testid=<paramref name="testId"/></c> and clicks the option showing
    /// <paramref name="optionText"/>, then waits for the list to close, which the portal renders once it has the choice:
    /// typing into the next field before that re-render came back could be overwritten by it on a busy machine.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string testId, string optionText)
    {
        var select = page.Locator($"[data-testid={testId}]").First;
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = optionText }).ClickAsync();
        // The list closes when the portal has handled the click (the select is rendered on the server).
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
    }
}
