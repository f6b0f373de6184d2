using Bunit;
using EGov.Collab.App.Common.Components;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Components.Common;

public sealed class ModuleCardTests
{
    [Theory]
    [InlineData("uk-UA", ModuleKey.Library, "Електронна бібліотека")]
    [InlineData("en-US", ModuleKey.Library, "Digital library")]
    [InlineData("uk-UA", ModuleKey.ExpertClub, "Експертний клуб")]
    [InlineData("en-US", ModuleKey.ExpertClub, "Expert club")]
    public async Task Render_Culture_LocalisedNameLinkingToModule(string culture, ModuleKey module, string name)
    {
        using var _ = TestCulture.Use(culture);
        await using var ctx = ComponentContext.Create();

        var cut = ctx.Render<ModuleCard>(p => p.Add(c => c.Module, module));

        var link = cut.Find("h3 a");
        Assert.Equal(name, link.TextContent.Trim());
        Assert.Equal("/" + module.Slug(), link.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_WithParticipants_CountChip()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = ComponentContext.Create();

        var cut = ctx.Render<ModuleCard>(p => p.Add(c => c.Module, ModuleKey.Drafting).Add(c => c.Participants, 3));

        Assert.Equal("Учасників з ролями: 3", cut.Find("[data-module-count=drafting]").TextContent.Trim());
    }

    [Fact]
    public async Task Render_WithoutParticipants_NoCountChip()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = ComponentContext.Create();

        var cut = ctx.Render<ModuleCard>(p => p.Add(c => c.Module, ModuleKey.Drafting));

        Assert.Empty(cut.FindAll("[data-module-count]"));
    }
}
