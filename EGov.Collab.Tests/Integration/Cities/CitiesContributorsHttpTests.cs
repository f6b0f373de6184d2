using System.Net;
using System.Text.Json;
using EGov.Collab.App.Cities;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static EGov.Collab.Tests.Integration.Cities.FakeCityContributor;

namespace EGov.Collab.Tests.Integration.Cities;

/// <summary>
/// What the modules contribute reaches the cabinet page, its open data and its gap-to-peers panel, with fakes standing
/// in for the practices and projects modules until they are merged.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class CitiesContributorsHttpTests(PortalFactory portal)
{
    [Fact]
    public async Task Cabinet_WithContributors_PracticesInPageAndJson_PeersPracticeInGapPanel()
    {
        Guid lviv, kulykiv;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<CityDirectory>();
            lviv = (await directory.FindAsync(CitiesDemoData.LvivHromada))!.Id;
            kulykiv = (await directory.FindAsync(CitiesDemoData.KulykivHromada))!.Id;
        }
        var own = Item(ModuleKey.Practices, "practice", "Відкритий бюджет Львова", lviv, "OPEN.1");
        // A practice of a peer (another hromada) for every readiness component: whichever are the weakest, the panel has one.
        var components = new[] { "INST", "SERV", "PART", "TECH", "CAP" };
        var peers = components.Select(c => Item(ModuleKey.Practices, "practice", $"Практика сусідів {c}", kulykiv, c)).ToArray();
        var project = Item(ModuleKey.Projects, "listing", "Спільна платформа послуг", lviv);
        await using var host = portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            // Only these two modules contribute here, so the page's other sections say plainly they have nothing yet.
            services.RemoveAll<ICityContributor>();
            services.AddScoped<ICityContributor>(_ => new FakeCityContributor(ModuleKey.Practices, [own, .. peers]));
            services.AddScoped<ICityContributor>(_ => new FakeCityContributor(ModuleKey.Projects, project));
        }));
        using var client = host.CreateClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(CityUrls.Cabinet(CitiesDemoData.LvivHromada)));
        using var json = JsonDocument.Parse(await client.GetStringAsync(CityUrls.Json(CitiesDemoData.LvivHromada)));

        Assert.Contains("Відкритий бюджет Львова", page, StringComparison.Ordinal);
        Assert.Contains("Спільна платформа послуг", page, StringComparison.Ordinal);
        Assert.Contains("Практика сусідів", page, StringComparison.Ordinal);
        Assert.Contains("Модуль «Методологія» ще не побудований", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Модуль «Практики» ще не побудований", page, StringComparison.Ordinal);
        var practice = Assert.Single(json.RootElement.GetProperty("practices").EnumerateArray());
        Assert.Equal("Відкритий бюджет Львова", practice.GetProperty("titleUk").GetString());
        Assert.Equal("OPEN.1", practice.GetProperty("readinessCodes")[0].GetString());
        Assert.Equal("listing", json.RootElement.GetProperty("projects")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task EditPage_ManagerOfAnotherCommunity_403_OwnCommunity_200()
    {
        using var client = portal.CreateSessionClient();
        await client.SignInAsync($"citymanager@{DemoData.EmailDomain}", DemoData.Password);

        using var other = await client.GetAsync(CityUrls.Edit(CitiesDemoData.KulykivHromada));
        using var own = await client.GetAsync(CityUrls.Edit(CitiesDemoData.LvivHromada));

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("data-testid=\"save-profile\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
