using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Browser.Security;

public sealed partial class XssCorpusBrowserTests
{
    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_InEachFieldASanitiserParses_DoesNotRun(string payload) =>
        await AssertNothingRunsAsync(await SanitisedSurfaces(payload));

    /// <summary>
    /// The texts the portal renders as HTML after <c>SafeHtml</c>, one payload at a time: a journal article in Markdown
    /// and one in HTML, a lesson in each, a club member's biography and publications, an opinion, a topic message and
    /// a private message.
    /// </summary>
    private async Task<IReadOnlyList<Visit>> SanitisedSurfaces(string payload)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var scoped = scope.ServiceProvider;
        var (markdown, html) = await PublishedArticlesAsync(payload);
        var (_, markdownLesson, htmlLesson) = await LessonsAsync(scoped, payload);
        var club = await ClubPostsAsync(scoped, payload);
        var conversationId = await PrivateMessageToChairAsync(browser.Services, payload);
        return
        [
            new("chair", $"/journal/articles/{markdown}"), new("chair", $"/journal/articles/{html}"),
            .. club.Visits("chair"), new("chair", $"/expert-club/messages/{conversationId}"),
            new("trainer", $"/learning/lessons/{markdownLesson}"), new("trainer", $"/learning/lessons/{htmlLesson}"),
        ];
    }
}
