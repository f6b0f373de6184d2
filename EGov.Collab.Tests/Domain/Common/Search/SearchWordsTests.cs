using EGov.Collab.Domain.Common.Search;

namespace EGov.Collab.Tests.Domain.Common.Search;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("об'єднаних")]
    [InlineData("об’єднаних")]
    [InlineData("обʼєднаних")]
    [InlineData("ОБ`ЄДНАНИХ")]
    public void Stems_AnyApostrophe_SameStemKeptInsideTheWord(string word)
    {
        var stems = SearchWords.Stems(word);

        Assert.Equal(SearchWords.Stems("об'єднана"), stems);
        Assert.Contains('\'', stems);
    }

    [Fact]
    public void Split_QuotesAroundWord_AreNotPartOfIt()
    {
        var words = SearchWords.Split("'громада' і «Дія»").Select(w => w.Word).ToList();

        Assert.Equal(["громада", "і", "дія"], words);
    }

    [Fact]
    public void Split_StressMarkAndDecomposedLetters_Normalised()
    {
        var words = SearchWords.Split("грома\u0301да краі\u0308на").Select(w => w.Word).ToList();

        Assert.Equal(["громада", "країна"], words);
    }

    [Fact]
    public void Stems_StopWordsLeftOut() => Assert.Equal(SearchWords.Stems("закон громада"), SearchWords.Stems("закон про громаду"));

    [Theory]
    [InlineData("connections", "connect")]
    [InlineData("generalization", "gener")]
    [InlineData("running", "run")]
    [InlineData("relational", "relat")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("hopeful", "hope")]
    [InlineData("agreed", "agre")]
    public void PorterStemmer_ClassicVectors(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));
}
