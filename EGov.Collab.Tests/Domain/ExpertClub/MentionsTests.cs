using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.Tests.Domain.ExpertClub;

public sealed class MentionsTests
{
    [Theory]
    [InlineData("@expert1 дякую!", new[] { "expert1" })]
    [InlineData("Колеги @expert1 та @Expert2, погляньте.", new[] { "expert1", "Expert2" })]
    [InlineData("(@expert1), @expert2.", new[] { "expert1", "expert2" })]
    [InlineData("@expert1 @EXPERT1 @expert1", new[] { "expert1" })]
    [InlineData("@first.last-name_1: так", new[] { "first.last-name_1" })]
    public void Parse_Handles_Found(string text, string[] expected) => Assert.Equal(expected, Mentions.Parse(text));

    [Theory]
    [InlineData("пишіть на expert1@demo.egov.ua")]
    [InlineData("код `@expert1` у рядку")]
    [InlineData("```\n@expert1\n```")]
    [InlineData("посилання https://x.org/@expert1")]
    [InlineData("просто @ та @@")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotMentions_Empty(string? text) => Assert.Empty(Mentions.Parse(text));

    [Fact]
    public void Parse_ManyHandles_CappedPerMessage()
    {
        var text = string.Join(" ", Enumerable.Range(1, 50).Select(i => $"@member{i}"));

        Assert.Equal(Mentions.MaxPerMessage, Mentions.Parse(text).Count);
    }

    [Fact]
    public void HandleOf_Email_LocalPartLowerCase() => Assert.Equal("expert1", Mentions.HandleOf("Expert1@demo.egov.ua"));
}
