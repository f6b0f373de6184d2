using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using EGov.Collab.App.Common;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>
/// The cabinets as open data under CC BY 4.0: one community as JSON (<c>/cities/{KATOTTG}.json</c>) and every community's
/// key figures as CSV (<c>/cities/export.csv</c>).
/// </summary>
public sealed class CityOpenData(CityCabinet cabinet, ReadinessResults readiness, IDbContextFactory<CollabDbContext> dbFactory)
{
    public const string LicenceName = "CC BY 4.0";
    public const string Attribution = "EGov.Collab — портал спільноти електронного урядування України";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "katottg", "name_uk", "name_en", "level", "region_code", "region_uk", "population", "website",
        "readiness_year", "readiness_index", "readiness_rank", "readiness_group_rank", "certified_staff", "news",
    ];

    /// <summary>The JSON document of one community; null when the code is malformed or unknown.</summary>
    public async Task<object?> CommunityAsync(string code, CancellationToken cancellationToken = default)
    {
        var view = await cabinet.LoadAsync(code, cancellationToken);
        if (view is null) return null;
        var community = view.Community;
        return new
        {
            licence = new { name = LicenceName, url = CityUrls.Licence, attribution = Attribution },
            katottg = community.KatottgCode,
            nameUk = community.NameUk,
            nameEn = community.NameEn,
            level = community.Kind.ToString(),
            region = view.Region is null ? null : new { code = view.Region.Code, nameUk = view.Region.NameUk, nameEn = view.Region.NameEn },
            population = view.Profile?.Population,
            website = view.Profile?.Website,
            email = view.Profile?.Email,
            phone = view.Profile?.Phone,
            organisations = view.Organisations.Select(o => new { id = o.Id, name = o.Name }).ToArray(),
            readiness = view.Readiness.Select(r => new
            {
                year = r.Year,
                index = r.Index,
                rank = r.Rank,
                bodies = r.BodyCount,
                group = r.Group.ToString(),
                groupRank = r.GroupRank,
                components = r.Components.Select(c => new { code = c.Code, nameUk = c.NameUk, nameEn = c.NameEn, weight = c.Weight, score = c.Score, nationalAverage = c.NationalAverage }).ToArray(),
            }).ToArray(),
            practices = Items(view.ItemsOf(ModuleKey.Practices)),
            projects = Items(view.ItemsOf(ModuleKey.Projects)),
            programmes = Items(view.ItemsOf(ModuleKey.Methodology)),
            documents = Items(view.ItemsOf(ModuleKey.Library)),
            certifiedStaff = view.CertifiedStaff.Select(p => new
            {
                name = p.FullName,
                position = p.Position,
                organisation = p.Organisation,
                courses = p.Courses.Select(c => new { titleUk = c.TitleUk, titleEn = c.TitleEn, hours = c.Hours, issuedOn = c.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }).ToArray(),
            }).ToArray(),
            news = view.News.Select(n => new { title = n.Title, text = n.Body, publishedAt = n.PublishedAt }).ToArray(),
        };
    }

    private static object[] Items(IReadOnlyList<CityItem> items) =>
        [.. items.Select(i => new { kind = i.Kind, id = i.Id, titleUk = i.TitleUk, titleEn = i.TitleEn, url = i.Url, date = i.Date, readinessCodes = i.ReadinessCodes })];

    /// <summary>Writes every community's key figures, one row each, in the order of their codes.</summary>
    public async Task WriteCsvAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var years = await readiness.PublishedYearsAsync(cancellationToken);
        var latestYear = years.Count > 0 ? years[0] : 0;
        var published = latestYear == 0 ? null : await readiness.YearAsync(latestYear, cancellationToken);
        var byCommunity = new Dictionary<Guid, BodyReadiness>();
        var byOrganisation = new Dictionary<Guid, BodyReadiness>();
        if (published is not null)
        {
            foreach (var result in published.Results.Bodies)
            {
                var body = published.Body(result.Index.Id);
                var summary = ReadinessResults.Summary(published, result);
                if (body.CommunityId is { } communityId) byCommunity[communityId] = summary;
                if (body.OrganisationId is { } organisationId) byOrganisation[organisationId] = summary;
            }
        }
        var links = (await db.CityOrganisations.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(l => l.CommunityId, l => l.OrganisationId);
        var profiles = await db.CityProfiles.AsNoTracking().ToDictionaryAsync(p => p.CommunityId, cancellationToken);
        var news = await db.CityNews.GroupBy(n => n.CommunityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var certified = await (from link in db.CityOrganisations
                               join member in db.Users on link.OrganisationId equals member.OrganisationId
                               join consent in db.CertifiedStaffConsents on member.Id equals consent.MemberId
                               where db.Certificates.Any(c => c.LearnerId == member.Id && c.RevokedAt == null)
                               select new { link.CommunityId, member.Id }).Distinct()
            .GroupBy(x => x.CommunityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        await writer.WriteLineAsync(string.Join(',', CsvColumns));
        await foreach (var community in db.Communities.AsNoTracking().OrderBy(c => c.KatottgCode).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            profiles.TryGetValue(community.Id, out var profile);
            var result = byCommunity.GetValueOrDefault(community.Id)
                ?? links[community.Id].Select(byOrganisation.GetValueOrDefault).FirstOrDefault(r => r is not null);
            var region = CityRegions.Of(community.KatottgCode);
            string?[] cells =
            [
                community.KatottgCode, community.NameUk, community.NameEn, community.Kind.ToString(), region?.Code, region?.NameUk,
                Number(profile?.Population), profile?.Website,
                Number(result?.Year), result?.Index.ToString(CultureInfo.InvariantCulture), Number(result?.Rank), Number(result?.GroupRank),
                Number(certified.GetValueOrDefault(community.Id)), Number(news.GetValueOrDefault(community.Id)),
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Csv.Cell)));
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
