using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.Collab.App.Common;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Readiness;

/// <summary>The results as open data hold exactly what the results page shows, and nothing of a year not published.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class ReadinessOpenDataTests(PortalFactory portal)
{
    private const int Year = ReadinessDemoData.CurrentYear;

    /// <summary>The ranking as the results page lists it: by rank, with the index as the page rounds it.</summary>
    private async Task<List<(Guid Id, int Rank, string Index)>> PageRowsAsync()
    {
        var year = (await portal.Services.GetRequiredService<ReadinessResults>().YearAsync(Year))!;
        return [.. year.Results.Bodies.OrderBy(b => b.Rank)
            .Select(b => (b.Index.Id, b.Rank, IndexRounding.Round(b.Index.Composite).ToString("0.0000", CultureInfo.InvariantCulture)))];
    }

    [Fact]
    public async Task Csv_PublishedYear_OneRowPerRankedBodyAsOnTheResultsPage()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(ReadinessUrls.ResultsCsv(Year));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var records = Csv.Read(new StringReader(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'))).ToList();
        var header = records[0].Fields.ToList();
        var rows = records.Skip(1).Select(r => r.Fields).ToList();
        var expected = await PageRowsAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id.ToString()), rows.Select(r => r[header.IndexOf("id")]));
        Assert.Equal(expected.Select(e => e.Rank.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[header.IndexOf("rank")]));
        Assert.Equal(expected.Select(e => e.Index), rows.Select(r => r[header.IndexOf("index")]));
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        Assert.Contains(rows, r => r[header.IndexOf("regionCode")].Length > 0 && r[header.IndexOf("regionNameUk")].Length > 0);
    }

    [Fact]
    public async Task Json_PublishedYear_CamelCaseRowsAsOnTheResultsPage()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(ReadinessUrls.ResultsJson(Year));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Year, json.RootElement.GetProperty("year").GetInt32());
        var bodies = json.RootElement.GetProperty("bodies").EnumerateArray().ToList();
        var expected = await PageRowsAsync();
        Assert.Equal(expected.Select(e => e.Id), bodies.Select(b => b.GetProperty("id").GetGuid()));
        Assert.Equal(expected.Select(e => e.Index), bodies.Select(b => b.GetProperty("index").GetDecimal().ToString("0.0000", CultureInfo.InvariantCulture)));
        var componentCodes = json.RootElement.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.All(bodies, b => Assert.Equal(componentCodes, b.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("code").GetString())));
        Assert.Contains(bodies, b => b.GetProperty("regionCode").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task OpenData_UnknownOrUnpublishedYear_NotFound()
    {
        const int unpublished = 2040;
        var factory = portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            if (!await db.ReadinessCampaigns.AnyAsync(c => c.Year == unpublished))
            {
                db.ReadinessMethodologies.Add(ReadinessMethodology.Create(ReadinessDemoMethodology.For(unpublished), DateTimeOffset.UtcNow).Value);
                db.ReadinessCampaigns.Add(AssessmentCampaign.Open(unpublished, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
            }
        }
        using var client = portal.CreateClient();

        foreach (var url in new[] { ReadinessUrls.ResultsCsv(unpublished), ReadinessUrls.ResultsJson(unpublished), ReadinessUrls.ResultsCsv(1990), ReadinessUrls.ResultsJson(1990) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task ResultsPage_LinksTheOpenDataAndMapsTheAverageIndexOfEachRegion()
    {
        using var client = portal.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(ReadinessUrls.ResultsJson(Year)));
        var expected = json.RootElement.GetProperty("bodies").EnumerateArray()
            .Where(b => b.GetProperty("regionCode").ValueKind == JsonValueKind.String)
            .GroupBy(b => b.GetProperty("regionCode").GetString()!)
            .ToDictionary(g => g.Key, g => (int)Math.Round(g.Average(b => b.GetProperty("index").GetDecimal()) * 100m, MidpointRounding.AwayFromZero));
        Assert.NotEmpty(expected);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(ReadinessUrls.Results(Year)));

        Assert.Contains($"href=\"{ReadinessUrls.ResultsCsv(Year)}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ReadinessUrls.ResultsJson(Year)}\"", page, StringComparison.Ordinal);
        var shown = RegionTile().Matches(page).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Equal(27, shown.Count);
        foreach (var (code, count) in shown) Assert.Equal(expected.GetValueOrDefault(code), count);
    }

    [GeneratedRegex("data-testid=\"region-(UA\\d{17})\" data-count=\"(\\d+)\"")]
    private static partial Regex RegionTile();
}
