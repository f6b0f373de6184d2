using System.Net;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>Issue #22.10 at the exports: the jury's scores leave the portal as files only once the results are published.</summary>
[Collection(SharedPortal.Name)]
public sealed class ResultsExportTests(PortalFactory portal)
{
    private static readonly (string File, string ContentType)[] Exports =
    [
        ("results.csv", "text/csv"),
        ("results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("protocol.pdf", "application/pdf"),
    ];

    [Fact]
    public async Task Exports_BeforePublication_AnswerNotFound_AfterIt_TheFiles()
    {
        var (nominationId, _) = await ContestTestNominations.CreateAsync(portal, ContestPhase.PublicEvaluation, 2, ["juror1"]);
        using var visitor = portal.CreatePlainClient();
        using var member = portal.CreateSessionClient();
        using (var signedIn = await member.SignInAsync($"member2@{DemoData.EmailDomain}", DemoData.Password))
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var juror = portal.CreateSessionClient();
        using (var signedIn = await juror.SignInAsync($"juror1@{DemoData.EmailDomain}", DemoData.Password))
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        foreach (var client in new[] { visitor, member, juror })
        {
            foreach (var (file, _) in Exports)
            {
                using var response = await client.GetAsync($"/contest/nominations/{nominationId}/{file}");
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{file} answered {(int)response.StatusCode} before publication.");
            }
        }

        await PublishAsync(nominationId);

        foreach (var client in new[] { visitor, member })
        {
            foreach (var (file, contentType) in Exports)
            {
                using var response = await client.GetAsync($"/contest/nominations/{nominationId}/{file}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
                Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
            }
        }
    }

    private async Task PublishAsync(Guid nominationId)
    {
        await using var db = portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var chair = await portal.MemberByEmailAsync($"chair@{DemoData.EmailDomain}");
        var nomination = await db.ContestNominations.SingleAsync(n => n.Id == nominationId);
        Assert.True(nomination.LockScoring(now).IsSuccess);
        Assert.True(nomination.ApproveResults(chair.Id, now).IsSuccess);
        Assert.True(nomination.PublishResults(now).IsSuccess);
        await db.SaveChangesAsync();
    }
}
