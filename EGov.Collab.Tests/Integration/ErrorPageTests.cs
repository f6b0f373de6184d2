using System.Net;
using EGov.Collab.App.Common;
using EGov.Collab.App.Live;
using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.Tests.Integration;

[Collection(SharedPortal.Name)]
public sealed class ErrorPageTests(PortalFactory portal)
{
    private const string Secret = "database exploded at line 42";

    [Fact]
    public async Task FailureWhileRendering_OutsideDevelopment_ShowsTheFriendlyPageWithoutAStackTrace()
    {
        await using var production = portal.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(Environments.Production);
            builder.UseSetting("Portal:PublicUrl", "https://egov.example.ua"); // Production refuses to start without it
            builder.ConfigureTestServices(services => services.AddSingleton(sp =>
                new PortalStatistics(new FailingFactory(), sp.GetRequiredService<ILiveBus>())));
        });
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (status, body) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        using (TestCulture.Use("uk-UA"))
            Assert.Contains(production.Services.GetRequiredService<IStringLocalizer<SharedResource>>()["Error.Title"], WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at EGov.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormWithATamperedAntiforgeryToken_Answers400WithTheLocalisedExplanation()
    {
        using var client = portal.CreatePlainClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = "tampered",
            ["Input.Email"] = "member1@demo.egov.ua",
            ["Input.Password"] = "whatever-it-is",
        });

        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        using (TestCulture.Use("uk-UA"))
            Assert.Contains(portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>()["BadRequest.Title"], body, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnsupportedLanguage_Answers400WithTheLocalisedExplanation()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/culture?culture=xx&returnUrl=/");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        using (TestCulture.Use("uk-UA"))
            Assert.Contains(portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>()["BadRequest.Title"], WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    private sealed class FailingFactory : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => throw new InvalidOperationException(Secret);
    }
}
