using EGov.Collab.Domain.Drafting;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class SelectionAnchorTests
{
    [Fact]
    public void WordsStillWhereTheyWere_AreAnchoredThere() =>
        Assert.Equal((4, 9), SelectionAnchor.Find("Цей Закон набирає чинності", 4, "Закон"));

    [Fact]
    public void WordsPushedOnByTypingBeforeThem_AreFoundAtTheNearestOccurrence()
    {
        // The reader selected the second «реєстр» at 14 in «реєстр даних; реєстр громад; реєстр»; someone typed
        // «1) » before it meanwhile, so it now stands at 17.
        const string now = "1) реєстр даних; реєстр громад; реєстр";
        Assert.Equal((17, 23), SelectionAnchor.Find(now, 14, "реєстр"));
    }

    [Theory]
    [InlineData("Текст без тих слів", 0, "вилучено")]
    [InlineData("Будь-що", 0, "")]
    public void WordsGoneOrNothingSelected_AreNowhere(string text, int start, string quote) =>
        Assert.Null(SelectionAnchor.Find(text, start, quote));
}
