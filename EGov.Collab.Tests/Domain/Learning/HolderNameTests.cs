using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class HolderNameTests
{
    [Theory]
    [InlineData("Ольга О'Коннор-Петренко")]
    [InlineData("Ольга О’Коннор-Петренко")]
    public void Create_ApostropheAndHyphen_AreKeptAndTransliterated(string typed)
    {
        var name = HolderName.Create(typed).Value;

        Assert.Equal("Ольга О\u02BCКоннор-Петренко", name.Ukrainian);
        Assert.Equal("Olha OKonnor-Petrenko", name.Latin);
    }

    [Fact]
    public void Create_ExtraSpaces_AreCollapsed()
    {
        var name = HolderName.Create("  Анна   Петренко ").Value;

        Assert.Equal("Анна Петренко", name.Ukrainian);
        Assert.Equal("Anna Petrenko", name.Latin);
    }

    [Theory]
    [InlineData("Анна 2 Петренко")]
    [InlineData("<script>")]
    public void Create_DigitsOrSymbols_AreRefused(string typed)
    {
        Assert.Equal(LearningErrors.HolderNameInvalid, HolderName.Create(typed).Error);
    }

    [Fact]
    public void Create_Empty_IsRequired()
    {
        Assert.Equal("Validation.Required", HolderName.Create("   ").Error!.Code);
    }
}
