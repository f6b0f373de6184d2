using System.Net;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration.Search;

/// <summary>/search over the demo portal, as a crawler, a visitor and signed-in members get it: server-rendered, access-aware.</summary>
[Collection(SharedPortal.Name)]
public sealed class SearchPageTests(PortalFactory portal)
{
    private async Task<string> PageAsync(string query, string? email = null)
    {
        using var client = portal.CreateSessionClient();
        if (email is not null)
        {
            using var signedIn = await client.SignInAsync(email, DemoData.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var (status, body) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, status);
        return WebUtility.HtmlDecode(body);
    }

    private static string Email(string localPart) => $"{localPart}@{DemoData.EmailDomain}";

    [Fact]
    public async Task Search_InflectedForm_PrerenderedResultsWithHighlight()
    {
        var body = await PageAsync("реєстрам");

        Assert.Contains(ExpertClubDemoData.PollTopic, body);
        Assert.Contains("<mark>реєстр</mark>", body);
        Assert.Contains("data-testid=\"facet-module\"", body);
    }

    [Fact]
    public async Task Search_PrivateRoomMessage_OnlyForTheRoomsMembers()
    {
        Assert.DoesNotContain("верифікацію", await PageAsync("верифікація"));
        Assert.DoesNotContain("верифікацію", await PageAsync("верифікація", Email("learner")));
        Assert.Contains("<mark>верифікацію</mark>", await PageAsync("верифікація", Email("expert1")));
    }

    [Fact]
    public async Task Search_MembersOnlyDraft_OnlyForTheGroup()
    {
        Assert.DoesNotContain("таємниці", await PageAsync("таємниця"));
        Assert.DoesNotContain("таємниці", await PageAsync("таємниця", Email("learner")));
        Assert.Contains("<mark>таємниці</mark>", await PageAsync("таємниця", Email("chair")));
    }

    [Fact]
    public async Task Search_DraftInConsultation_ForSignedInMembersOnly()
    {
        // Other modules' public items use the word too: what must not show is a link to the draft.
        Assert.DoesNotContain("href=\"/drafting/drafts/", await PageAsync("службовцям"));
        var member = await PageAsync("службовцям", Email("learner"));
        Assert.Contains("href=\"/drafting/drafts/", member);
        Assert.Contains("<mark>службовців</mark>", member);
    }

    [Fact]
    public async Task Search_UnpublishedArticle_NeverFound()
    {
        var body = await PageAsync("перейшла", Email("editor"));

        Assert.DoesNotContain(JournalDemoData.PendingSubmissionTitle, body);
    }

    [Theory]
    [InlineData("\" * ( ) : ^ - NEAR AND OR")]
    [InlineData("'; DROP TABLE SearchDocuments; --")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("")]
    public async Task Search_BadQuery_ClearAnswer(string query)
    {
        using var client = portal.CreatePlainClient();
        var (status, body) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", body);
        Assert.True(body.Contains("data-testid=\"search-message\"") || body.Contains("data-testid=\"search-nothing\""), "a message or an empty result");
    }

    [Fact]
    public async Task Search_TenThousandCharacters_ToldTooLong()
    {
        using var client = portal.CreatePlainClient();
        var (status, body) = await client.GetPageAsync("/search?q=" + new string('а', 10_000));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"search-message\"", body);
    }

    [Fact]
    public async Task Suggest_AsTyped_ReadableTitlesAsJson()
    {
        using var client = portal.CreatePlainClient();

        var visitor = await client.GetStringAsync("/search/suggest?q=" + Uri.EscapeDataString("єдиний реєс"));
        var hostile = await client.GetAsync("/search/suggest?q=" + Uri.EscapeDataString("\"*)("));

        Assert.Contains(ExpertClubDemoData.PollTopic, System.Text.RegularExpressions.Regex.Unescape(visitor));
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
    }
}
