using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// #21.5, WCAG 2.5.3 (label in name): a control whose accessible name is set apart from its text must contain the words
/// it shows, so a speech-input user can say what they see. The audit found English buttons on /admin/modules whose names
/// ("Transfer …") did not contain their text ("Hand over"). axe leaves this rule out (it is experimental there).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LabelInNameTests(PortalBrowser browser)
{
    private const string LabelledControls = """
        () => [...document.querySelectorAll('main a[aria-label], main button[aria-label], main [role=button][aria-label]')]
            .map(e => [e.getAttribute('aria-label') ?? '', (e.innerText ?? '').replace(/\s+/g, ' ').trim()])
            .filter(([, text]) => text.length > 0)
        """;

    [Theory]
    [InlineData("uk-UA")]
    [InlineData("en-US")]
    public async Task AdminModules_EveryLabelledButton_ContainsTheWordsItShows(string culture)
    {
        await using var context = await browser.NewContextAsync(culture);
        var page = await PortalBrowser.SignInAsync(context, "admin@demo.egov.ua");
        await page.GotoAsync("/admin/modules");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator("main button[aria-label]").First.WaitForAsync();

        var controls = await page.EvaluateAsync<string[][]>(LabelledControls);

        Assert.NotEmpty(controls);
        var mismatched = controls.Where(c => !c[0].Contains(c[1], StringComparison.CurrentCultureIgnoreCase)).Select(c => $"\"{c[1]}\" named \"{c[0]}\"").ToList();
        Assert.True(mismatched.Count == 0, string.Join("; ", mismatched));
    }
}
