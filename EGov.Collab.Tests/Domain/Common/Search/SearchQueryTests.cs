using EGov.Collab.Domain.Common.Search;

namespace EGov.Collab.Tests.Domain.Common.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Empty_Refused(string? text) => Assert.Equal(SearchErrors.EmptyQuery, SearchQuery.Parse(text).Error);

    [Fact]
    public void Parse_TenThousandCharacters_Refused() => Assert.Equal(SearchErrors.QueryTooLong, SearchQuery.Parse(new string('я', 10_000)).Error);

    [Theory]
    [InlineData("\" * ( ) : ^ -")]
    [InlineData("«»—…")]
    public void Parse_OnlyOperators_NoWords(string text) => Assert.Equal(SearchErrors.NoWords, SearchQuery.Parse(text).Error);

    [Fact]
    public void Parse_EngineSyntax_BecomesPlainWords()
    {
        var query = SearchQuery.Parse("громада NEAR(реєстр) OR \"послуги\" -дія ^title: x'); DROP TABLE SearchDocuments;--").Value;

        Assert.All(query.Terms, t => Assert.True(t.Stem.All(c => char.IsLetterOrDigit(c) || c == '\''), t.Stem));
        Assert.Contains(query.Terms, t => t.Stem == SearchWords.Stem("громада"));
        Assert.True(query.Terms.Count <= SearchQuery.MaxTerms);
    }

    [Fact]
    public void Parse_StarAfterWord_IsPrefix()
    {
        var query = SearchQuery.Parse("цифров* громада").Value;

        Assert.True(query.Terms[0].IsPrefix);
        Assert.False(query.Terms[1].IsPrefix);
    }

    [Fact]
    public void Parse_AsTyped_LastWordIsPrefix() => Assert.True(SearchQuery.Parse("електронні посл", lastWordIsPrefix: true).Value.Terms[^1].IsPrefix);

    [Fact]
    public void Snippet_MarksEveryFormOfTheQueryWords()
    {
        var terms = SearchQuery.Parse("громадам").Value.Terms;

        var parts = SearchSnippet.Build("Послуги для громади. Кожна громада має право.", terms);

        Assert.Equal(["громади", "громада"], parts.Where(p => p.IsHit).Select(p => p.Text));
        Assert.Equal("Послуги для громади. Кожна громада має право.", string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void Snippet_LongText_CutAroundTheHit()
    {
        var text = string.Join(' ', Enumerable.Repeat("слово", 200)) + " реєстр " + string.Join(' ', Enumerable.Repeat("текст", 200));

        var parts = SearchSnippet.Build(text, SearchQuery.Parse("реєстр").Value.Terms);

        Assert.Equal("…", parts[0].Text);
        Assert.Contains(parts, p => p.IsHit && p.Text == "реєстр");
        Assert.True(string.Concat(parts.Select(p => p.Text)).Length <= SearchSnippet.DefaultLength + 2);
    }

    [Theory]
    [InlineData("громада", "громада", 0)]
    [InlineData("громада", "грамада", 1)]
    [InlineData("реєстр", "реестр", 1)]
    [InlineData("", "abc", 3)]
    public void EditDistance_Counts(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Between(a, b));
}
