using EGov.Collab.App.Common;
using EGov.Collab.App.Notifications;
using EGov.Collab.App.Readiness;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Browser.Security;

public sealed partial class XssCorpusBrowserTests
{
    private const int ReadinessYear = 2026;

    [Fact]
    public async Task AllPayloads_InNotificationsAndReadiness_DoNotRun() =>
        await AssertNothingRunsAsync(await NoticeSurfaces(AllPayloads));

    /// <summary>
    /// Two readiness bodies named with the payload: one questionnaire returned by the reviewer with the payload as the
    /// comment (its respondent reads it and the bell's notifications, one of them carrying the payload as its
    /// argument), the other submitted with the payload in its evidence link (the reviewer reads it and the review list).
    /// </summary>
    private async Task<IReadOnlyList<Visit>> NoticeSurfaces(string payload)
    {
        var services = browser.Services;
        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider;
        var reviewer = await DraftingFixture.UserAsync(services, "reviewer");

        var (returned, returnedEmail) = await SelfRegisteredAsync(scoped, "Респондентка " + payload);
        await ReadinessSeed.InviteAsync(services, returned.MemberId()!.Value, Short("Громада " + payload), ReadinessYear);
        var (returnedId, firstQuestion) = await ReadinessSeed.AnswerAndSubmitAsync(scoped, returned, ReadinessYear);
        Ok(await scoped.GetRequiredService<ReadinessQuestionnaires>().ReturnAsync(reviewer, returnedId, [(firstQuestion, "Зауваження " + payload)]));
        await scoped.GetRequiredService<INotifier>().NotifyAsync(returned.MemberId()!.Value, NotificationTypes.ContestResults, [Short(payload)], "/contest");

        var (submitted, _) = await SelfRegisteredAsync(scoped, "Респондент " + payload);
        await ReadinessSeed.InviteAsync(services, submitted.MemberId()!.Value, Short("Установа " + payload), ReadinessYear);
        var (submittedId, _) = await ReadinessSeed.AnswerAndSubmitAsync(scoped, submitted, ReadinessYear,
            Fit("https://hromada.gov.ua/evidence?q=" + payload, EGov.Collab.Domain.Readiness.EvidenceLink.MaxLength));

        return
        [
            new(returnedEmail, "/readiness/questionnaire"), new(returnedEmail, "/notifications"),
            new("reviewer", $"/readiness/review/{submittedId}"), new("reviewer", "/readiness/review"),
        ];
    }
}
