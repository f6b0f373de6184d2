using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class ModuleKeysTests
{
    public static TheoryData<ModuleKey> Modules => [.. ModuleKeys.All];

    [Fact]
    public void All_ElevenModules_InEnumOrder()
    {
        Assert.Equal(11, ModuleKeys.All.Count);
        Assert.Equal(Enum.GetValues<ModuleKey>(), ModuleKeys.All);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Slug_EveryModule_RoundTrips(ModuleKey module)
    {
        var slug = module.Slug();

        Assert.True(ModuleKeys.TryParseSlug(slug, out var parsed));
        Assert.Equal(module, parsed);
        Assert.Matches("^[a-z]+(-[a-z]+)*$", slug);
    }

    [Fact]
    public void Slug_AllModules_Distinct() =>
        Assert.Equal(11, ModuleKeys.All.Select(m => m.Slug()).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Slug_ExpertClub_Hyphenated() =>
        Assert.Equal("expert-club", ModuleKey.ExpertClub.Slug());

    [Fact]
    public void TryParseSlug_OtherCase_Parsed()
    {
        Assert.True(ModuleKeys.TryParseSlug("Expert-Club", out var module));
        Assert.Equal(ModuleKey.ExpertClub, module);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("expertclub")]
    [InlineData("ExpertClub")]
    [InlineData("admin")]
    [InlineData("/drafting")]
    public void TryParseSlug_NotASlug_False(string? slug)
    {
        Assert.False(ModuleKeys.TryParseSlug(slug, out var module));
        Assert.Equal(default, module);
    }

    [Fact]
    public void Slug_UndefinedModule_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ModuleKey)0).Slug());
}
