using System.Net;
using Bunit;
using EGov.Collab.App.Contest;
using EGov.Collab.App.Contest.Pages;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Components.Contest;

/// <summary>
/// The fault of #22: the nomination page said "not found" while it was still loading. It shows a loading state until the
/// nomination is read, and says "not found" (with 404) only when there is no such nomination.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class NominationPageLoadingTests(PortalFactory portal)
{
    private const string Loading = "[data-testid=nomination-loading]";
    private const string NotFound = "[data-testid=nomination-not-found]";

    [Fact]
    public async Task Render_WhileTheNominationLoads_ShowsProgressNeverNotFound_ThenTheNomination()
    {
        using var culture = TestCulture.Use("uk-UA");
        var database = portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var ctx = Context(new GatedFactory(database, gate.Task));
        Guid id;
        await using (var db = await database.CreateDbContextAsync())
            id = await db.ContestNominations.Where(n => n.Title == ContestDemoData.ServicesNomination).Select(n => n.Id).SingleAsync();

        var page = ctx.Render<NominationPage>(parameters => parameters.Add(p => p.Id, id));

        Assert.NotEmpty(page.FindAll(Loading));
        Assert.Empty(page.FindAll(NotFound));
        gate.SetResult();
        page.WaitForAssertion(() => Assert.Contains(ContestDemoData.ServicesNomination, page.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll(NotFound));
        Assert.Empty(page.FindAll(Loading));
    }

    [Fact]
    public async Task Render_UnknownNomination_SaysNotFoundOnceLoaded()
    {
        using var culture = TestCulture.Use("uk-UA");
        await using var ctx = Context(portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>());

        var page = ctx.Render<NominationPage>(parameters => parameters.Add(p => p.Id, Guid.NewGuid()));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(NotFound)));
        Assert.Empty(page.FindAll(Loading));
    }

    [Fact]
    public async Task Get_UnknownNomination_Answers404_AKnownOne200WithoutNotFound()
    {
        using var client = portal.CreatePlainClient();
        Guid id;
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            id = await db.ContestNominations.Where(n => n.Title == ContestDemoData.ServicesNomination).Select(n => n.Id).SingleAsync();

        var (missingStatus, missingBody) = await client.GetPageAsync($"/contest/nominations/{Guid.NewGuid()}");
        var (status, body) = await client.GetPageAsync($"/contest/nominations/{id}");

        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
        // A 404 answers with the portal's not-found page (status-code re-execution), never the nomination's loading state.
        Assert.Contains("Сторінку не знайдено", missingBody, StringComparison.Ordinal);
        Assert.DoesNotContain("nomination-loading", missingBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("nomination-not-found", body, StringComparison.Ordinal);
        Assert.Contains(ContestDemoData.ServicesNomination, WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    private BunitContext Context(IDbContextFactory<CollabDbContext> directoryDatabase)
    {
        var ctx = ComponentContext.Create();
        ctx.Services.AddSingleton(new ContestDirectory(directoryDatabase));
        ctx.Services.AddSingleton(portal.Services.GetRequiredService<PanelSessions>());
        ctx.Services.AddSingleton(portal.Services.GetRequiredService<PublicVoting>());
        ctx.Services.AddSingleton(portal.Services.GetRequiredService<ContestResults>());
        ctx.Services.AddSingleton(portal.Services.GetRequiredService<ContestAccess>());
        ctx.Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor());
        ctx.Services.AddTransient<ContestMessages>();
        return ctx;
    }

    /// <summary>The nomination's database, held shut until the test opens it: the page is caught mid-load.</summary>
    private sealed class GatedFactory(IDbContextFactory<CollabDbContext> inner, Task gate) : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<CollabDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            return await inner.CreateDbContextAsync(cancellationToken);
        }
    }
}
