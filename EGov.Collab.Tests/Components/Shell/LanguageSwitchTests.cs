using Bunit;
using EGov.Collab.App.Shell;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Components.Shell;

public sealed class LanguageSwitchTests
{
    [Theory]
    [InlineData("uk-UA", "УКР")]
    [InlineData("en-US", "ENG")]
    public async Task Render_Culture_CurrentMarked(string culture, string label)
    {
        using var _ = TestCulture.Use(culture);
        await using var ctx = ComponentContext.Create();

        var cut = ctx.Render<LanguageSwitch>();

        var current = Assert.Single(cut.FindAll("a[aria-current]"));
        Assert.Equal("true", current.GetAttribute("aria-current"));
        Assert.Equal(culture, current.GetAttribute("data-culture"));
        Assert.Equal(label, current.TextContent.Trim());
        Assert.Equal(2, cut.FindAll("a").Count);
    }

    [Fact]
    public async Task Render_OnModulePage_LinksKeepReturnUrl()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = ComponentContext.Create();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/expert-club?tab=2");

        var cut = ctx.Render<LanguageSwitch>();

        Assert.Equal("/culture?culture=en-US&returnUrl=%2Fexpert-club%3Ftab%3D2", cut.Find("a[data-culture=en-US]").GetAttribute("href"));
        Assert.Equal("/culture?culture=uk-UA&returnUrl=%2Fexpert-club%3Ftab%3D2", cut.Find("a[data-culture=uk-UA]").GetAttribute("href"));
    }

    [Fact]
    public async Task Render_Always_NavigationLandmarkNamedAndLanguagesTagged()
    {
        using var _ = TestCulture.Use("en-US");
        await using var ctx = ComponentContext.Create();

        var cut = ctx.Render<LanguageSwitch>();

        Assert.Equal("Language", cut.Find("nav").GetAttribute("aria-label"));
        Assert.Equal("uk", cut.Find("a[data-culture=uk-UA]").GetAttribute("lang"));
        Assert.Equal("en", cut.Find("a[data-culture=en-US]").GetAttribute("lang"));
    }
}
