using EGov.Collab.Domain.Common.Search;

namespace EGov.Collab.Tests.Domain.Common.Search;

public sealed class UkrainianStemmerTests
{
    private static IEnumerable<(string Lemma, string[] Forms)> Lemmas() =>
        UkrainianMorphologySet.Lemmas.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':'))
            .Select(parts => (parts[0].Trim(), parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private static IEnumerable<(string A, string B)> LookAlikes() =>
        UkrainianMorphologySet.LookAlikes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => (pair[0], pair[1]));

    [Fact]
    public void MorphologySet_IsLargeEnough()
    {
        Assert.True(Lemmas().Count() >= 40, "at least 40 lemmas");
        Assert.True(Lemmas().Sum(l => l.Forms.Length) >= 300, "at least 300 word forms");
        Assert.True(LookAlikes().Count() >= 100, "at least 100 look-alike pairs");
        Assert.Equal(LookAlikes().Count(), LookAlikes().Distinct().Count());
    }

    [Fact]
    public void Stem_FormsOfOneLemma_MeetInAtLeast90PercentOfForms()
    {
        var forms = Lemmas().SelectMany(l => l.Forms.Select(f => (Lemma: SearchWords.Stem(l.Lemma), Form: f))).ToList();
        var met = forms.Count(f => SearchWords.Stem(f.Form) == f.Lemma);
        var recall = (double)met / forms.Count;

        Assert.True(recall >= 0.90, $"recall {recall:P1} ({met} of {forms.Count}); misses: " +
            string.Join(", ", forms.Where(f => SearchWords.Stem(f.Form) != f.Lemma).Select(f => f.Form)));
    }

    [Fact]
    public void Stem_UnrelatedLookAlikes_StayApartInAtLeast95PercentOfPairs()
    {
        var pairs = LookAlikes().ToList();
        var apart = pairs.Count(p => SearchWords.Stem(p.A) != SearchWords.Stem(p.B));
        var precision = (double)apart / pairs.Count;

        Assert.True(precision >= 0.95, $"precision {precision:P1} ({apart} of {pairs.Count}); merged: " +
            string.Join(", ", pairs.Where(p => SearchWords.Stem(p.A) == SearchWords.Stem(p.B)).Select(p => $"{p.A}/{p.B}")));
    }

    [Theory]
    [InlineData("громадам", "громада")]
    [InlineData("громадою", "громади")]
    [InlineData("електронних", "електронна")]
    [InlineData("послугами", "послуга")]
    [InlineData("надають", "надавати")]
    [InlineData("програми", "програма")]
    public void Stem_FormsOfOneWord_AreEqual(string form, string other) =>
        Assert.Equal(SearchWords.Stem(other), SearchWords.Stem(form));

    [Fact]
    public void Stem_ShortWord_Unchanged() => Assert.Equal("рік", UkrainianStemmer.Stem("рік"));
}
