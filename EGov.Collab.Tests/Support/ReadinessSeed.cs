using System.Security.Claims;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Support;

/// <summary>A readiness questionnaire as a campaign leaves it: a body, its respondent, answered and submitted through the service.</summary>
public static class ReadinessSeed
{
    public const string Evidence = "https://hromada.gov.ua/evidence";

    /// <summary>Makes the member a respondent and invites them to answer for a new body named <paramref name="bodyName"/> in <paramref name="year"/>; the body's id.</summary>
    public static async Task<Guid> InviteAsync(IServiceProvider services, Guid memberId, string bodyName, int year)
    {
        var body = ReadinessBody.Create(bodyName, "", BodyGroup.Hromadas, null, null).Value;
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(memberId, ModuleKey.Readiness, ModuleRole.Respondent, null, DateTimeOffset.UtcNow).Value);
        db.ReadinessBodies.Add(body);
        db.ReadinessQuestionnaires.Add(Questionnaire.Invite(year, body.Id, memberId, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return body.Id;
    }

    /// <summary>Answers every indicator with 1 (and <paramref name="evidence"/> where a link is required) and submits; the questionnaire and its first question.</summary>
    public static async Task<(Guid Id, string FirstQuestion)> AnswerAndSubmitAsync(IServiceProvider services, ClaimsPrincipal respondent, int? year = null,
        string evidence = Evidence)
    {
        var questionnaires = services.GetRequiredService<ReadinessQuestionnaires>();
        var mine = (await questionnaires.MineAsync(respondent, year))!;
        foreach (var indicator in mine.Definition.Indicators)
        {
            var saved = await questionnaires.SaveAnswerAsync(respondent, mine.Questionnaire.Id, indicator.Code, 1m, indicator.EvidenceRequired ? evidence : null);
            Assert.True(saved.IsSuccess, saved.Error?.ToString());
        }
        Assert.Empty(await questionnaires.SubmitAsync(respondent, mine.Questionnaire.Id));
        return (mine.Questionnaire.Id, mine.Definition.Indicators.First().Code);
    }
}
