using System.Net;
using System.Text.Json;
using EGov.Collab.App.Cities;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Cities;

/// <summary>The cabinet, its open data and its refusals, through HTTP as a visitor or a client program gets them.</summary>
[Collection(SharedPortal.Name)]
public sealed class CitiesHttpTests(PortalFactory portal)
{
    private const string Lviv = CitiesDemoData.LvivHromada;

    [Fact]
    public async Task Cabinet_DemoCommunity_ShowsProfileReadinessAndNotBuiltModules()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync(CityUrls.Cabinet(Lviv));

        var text = WebUtility.HtmlDecode(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Львівська міська територіальна громада", text, StringComparison.Ordinal);
        Assert.Contains("https://city-adm.lviv.ua", text, StringComparison.Ordinal);
        Assert.Contains("Львівська міська рада", text, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(body, "data-testid=\"readiness-point\""));
        Assert.Contains("data-testid=\"gap-panel\"", body, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var built = scope.ServiceProvider.GetServices<ICityContributor>().Select(c => c.Module).ToHashSet();
        Assert.Equal(CityContributions.Expected.Count(m => !built.Contains(m)), CountOf(body, "data-testid=\"not-built\""));
        Assert.Contains("Нові е-послуги в ЦНАП", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UA99999999999999999", "Громади з кодом КАТОТТГ UA99999999999999999 на порталі немає")]
    [InlineData("Lviv", "«Lviv» не є кодом КАТОТТГ")]
    [InlineData("UA4606025000002504", "не є кодом КАТОТТГ")]
    public async Task Cabinet_UnknownOrMalformedCode_404ThatSaysSo(string code, string message)
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/cities/" + code);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(message, WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FilteredByRegionAndLevel_OnlyMatchingCommunities()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/cities?region=UA46000000000026241&level=Hromada");

        var text = WebUtility.HtmlDecode(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Львівська міська територіальна громада", text, StringComparison.Ordinal);
        Assert.Contains("Куликівська селищна територіальна громада", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Вінницька міська територіальна громада", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">Львівський район<", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_EveryRegionHasACabinet()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

        var codes = await db.Communities.Select(c => c.KatottgCode).ToListAsync();

        Assert.All(EGov.Collab.Domain.Common.Regions.All, r => Assert.Contains(r.Code, codes));
    }

    [Fact]
    public async Task Compare_TwoCommunities_SideBySide_OneCode_AskedForMore_UnknownCode_404()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync(CityUrls.Compare([Lviv, CitiesDemoData.VinnytsiaHromada]));
        var (oneStatus, oneBody) = await client.GetPageAsync(CityUrls.Compare([Lviv]));
        var (unknownStatus, unknownBody) = await client.GetPageAsync(CityUrls.Compare([Lviv, "UA99999999999999999"]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"compare-table\"", body, StringComparison.Ordinal);
        Assert.Contains("717", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oneStatus);
        Assert.Contains("від двох до чотирьох", WebUtility.HtmlDecode(oneBody), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"compare-table\"", oneBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Contains("UA99999999999999999", unknownBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_DemoCommunity_KeysAreArraysWithLicence()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(CityUrls.Json(Lviv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        foreach (var key in new[] { "readiness", "practices", "projects", "certifiedStaff", "news", "organisations" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
        Assert.Equal(Lviv, root.GetProperty("katottg").GetString());
        Assert.Equal("CC BY 4.0", root.GetProperty("licence").GetProperty("name").GetString());
        var years = root.GetProperty("readiness").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).ToList();
        Assert.Equal(new[] { ReadinessDemoData.PreviousYear, ReadinessDemoData.CurrentYear }, years);
        Assert.Equal(5, root.GetProperty("readiness")[1].GetProperty("components").GetArrayLength());
        Assert.Contains(root.GetProperty("certifiedStaff").EnumerateArray(), p => p.GetProperty("name").GetString() == "Ірина Бондаренко");
    }

    [Theory]
    [InlineData("UA99999999999999999")]
    [InlineData("not-a-code")]
    public async Task Json_UnknownOrMalformed_404Json(string code)
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync($"/cities/{code}.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Csv_EveryCommunityOneRow_HeaderAndLicence()
    {
        using var client = portal.CreatePlainClient();
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

        using var response = await client.GetAsync(CityUrls.Export);
        var communities = await db.Communities.CountAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("creativecommons.org/licenses/by/4.0", string.Join(' ', response.Headers.GetValues("Link")), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        var rows = Csv.Read(reader, ',').Select(r => r.Fields).ToList();
        Assert.Equal(CityOpenData.CsvColumns, rows[0]);
        Assert.Equal(communities, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(CityOpenData.CsvColumns.Count, r.Count));
        var lviv = rows.Single(r => r[0] == Lviv);
        Assert.Equal("717273", lviv[CityOpenData.CsvColumns.ToList().IndexOf("population")]);
        Assert.Equal(ReadinessDemoData.CurrentYear.ToString(System.Globalization.CultureInfo.InvariantCulture), lviv[CityOpenData.CsvColumns.ToList().IndexOf("readiness_year")]);
    }

    private static int CountOf(string text, string fragment)
    {
        var count = 0;
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
