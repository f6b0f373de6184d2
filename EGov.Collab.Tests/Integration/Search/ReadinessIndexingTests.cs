using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Search;

/// <summary>Readiness results in the index: a questionnaire verified after its year's results were published is found at once.</summary>
[Collection(SharedPortal.Name)]
public sealed class ReadinessIndexingTests(PortalFactory portal)
{
    private const int Year = 2026;

    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task Verify_AfterResultsPublished_TheBodyIsFoundAtOnce()
    {
        Assert.Contains(Year, await Service<ReadinessResults>().PublishedYearsAsync());
        var word = "тестгромада" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsDigit));
        var (questionnaireId, bodyId) = await SubmittedQuestionnaireAsync($"Громада {word}");
        var reviewer = PrincipalOf((await portal.MemberByEmailAsync($"reviewer@{DemoData.EmailDomain}")).Id);
        var visitor = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        await using var scope = portal.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<PortalSearch>();
        Assert.Equal(0, (await search.SearchAsync(visitor, new SearchRequest(word))).Value.Total);

        var verified = await Service<ReadinessQuestionnaires>().VerifyAsync(reviewer, questionnaireId);

        Assert.True(verified.IsSuccess);
        var found = await search.SearchAsync(visitor, new SearchRequest(word));
        Assert.Equal($"/readiness/results/{Year}/{bodyId}", Assert.Single(found.Value.Results).Url);
    }

    private async Task<(Guid Questionnaire, Guid Body)> SubmittedQuestionnaireAsync(string bodyName)
    {
        var member = await portal.CreateMemberAsync();
        var body = await ReadinessSeed.InviteAsync(portal.Services, member.Id, bodyName, Year);
        var (id, _) = await ReadinessSeed.AnswerAndSubmitAsync(portal.Services, PrincipalOf(member.Id), Year);
        return (id, body);
    }
}
