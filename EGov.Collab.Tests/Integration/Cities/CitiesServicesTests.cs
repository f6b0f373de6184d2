using System.Security.Claims;
using System.Text;
using EGov.Collab.App.Cities;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Cities;

/// <summary>The cabinet's services check rights and input themselves, whatever the pages offer.</summary>
[Collection(SharedPortal.Name)]
public sealed class CitiesServicesTests(PortalFactory portal)
{
    private async Task<ClaimsPrincipal> As(string localPart) =>
        PrincipalOf((await portal.MemberByEmailAsync($"{localPart}@{DemoData.EmailDomain}")).Id);

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private async Task<Community> CommunityAsync(string code) =>
        (await InScopeAsync(s => s.GetRequiredService<CityDirectory>().FindAsync(code)))!;

    [Fact]
    public async Task UpdateProfile_ManagerOfAnotherCommunity_Forbidden()
    {
        var kulykiv = await CommunityAsync(CitiesDemoData.KulykivHromada);
        var manager = await As("citymanager");

        var result = await InScopeAsync(s => s.GetRequiredService<CityManagement>().UpdateProfileAsync(manager, kulykiv.Id, new CityProfileFields { Population = 1 }));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    [Fact]
    public async Task UpdateProfile_OwnCommunityBadWebsite_RefusedAndStoredProfileKept()
    {
        var lviv = await CommunityAsync(CitiesDemoData.LvivHromada);
        var manager = await As("citymanager");

        var result = await InScopeAsync(s => s.GetRequiredService<CityManagement>().UpdateProfileAsync(manager, lviv.Id,
            new CityProfileFields { Population = 1, Website = "ftp://lviv" }));
        var profile = await InScopeAsync(s => s.GetRequiredService<CityManagement>().ProfileAsync(lviv.Id));

        Assert.Equal("Website", result.Error?.Field);
        Assert.NotEqual(1, profile!.Population);
    }

    [Fact]
    public async Task PostNews_Manager_InNewsletterAndSearchAsPublic_VisitorRefused()
    {
        var lviv = await CommunityAsync(CitiesDemoData.LvivHromada);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var title = $"Громадський бюджет {Guid.NewGuid():N}";

        var posted = await InScopeAsync(async s => await s.GetRequiredService<CityManagement>().PostNewsAsync(await As("citymanager"), lviv.Id, title, "Голосування триває до кінця місяця."));
        var refused = await InScopeAsync(s => s.GetRequiredService<CityManagement>().PostNewsAsync(new ClaimsPrincipal(new ClaimsIdentity()), lviv.Id, "Спам", "Спам"));
        var newsletter = await InScopeAsync(s => s.GetServices<INewsletterSource>().OfType<CitiesNewsletterSource>().Single().PublishedAsync(before, DateTimeOffset.UtcNow.AddSeconds(1), default));
        var search = await InScopeAsync(s => s.GetServices<ISearchSource>().Single(x => x.Module == ModuleKey.Cities).ItemAsync(CitiesSearchSource.NewsId(posted.Value.Id), default));

        Assert.True(posted.IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, refused.Error);
        var item = Assert.Single(newsletter, i => i.Title.EndsWith(title, StringComparison.Ordinal));
        Assert.Equal("cities", item.Source);
        Assert.StartsWith(CityUrls.Cabinet(CitiesDemoData.LvivHromada), item.Url, StringComparison.Ordinal);
        var document = Assert.Single(search);
        Assert.Equal(SearchAudience.Public, document.Audience);
        Assert.Equal(title, document.Title);
    }

    [Fact]
    public async Task CertifiedStaff_OnlyWithConsent()
    {
        var lviv = await CommunityAsync(CitiesDemoData.LvivHromada);
        var member = await portal.CreateMemberAsync();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
            var council = await db.Organisations.SingleAsync(o => o.Name == "Львівська міська рада");
            var stored = await db.Users.SingleAsync(u => u.Id == member.Id);
            stored.OrganisationId = council.Id;
            var course = await db.Courses.FirstAsync();
            var number = CertificateNumber.Create("TS", 2026, Random.Shared.Next(1, 99_999)).Value;
            db.Certificates.Add(Certificate.Issue(number, VerificationCode.New(), CertificateKind.CourseCompletion, member.Id, HolderName.Create(member.FullName).Value,
                course, null, new DateOnly(2026, 3, 1), null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        var principal = PrincipalOf(member.Id);
        async Task<bool> ListedAsync() => (await InScopeAsync(s => s.GetRequiredService<CertifiedStaff>().ForCommunityAsync(lviv.Id))).Any(p => p.MemberId == member.Id);

        var withoutConsent = await ListedAsync();
        await InScopeAsync(s => s.GetRequiredService<CertifiedStaff>().SetConsentAsync(principal, true));
        await InScopeAsync(s => s.GetRequiredService<CertifiedStaff>().SetConsentAsync(principal, true));
        var withConsent = await ListedAsync();
        await InScopeAsync(s => s.GetRequiredService<CertifiedStaff>().SetConsentAsync(principal, false));
        var withdrawn = await ListedAsync();

        Assert.False(withoutConsent);
        Assert.True(withConsent);
        Assert.False(withdrawn);
    }

    [Fact]
    public async Task ImportCodifier_OfficialColumns_AddsRowsUnderParentsAndReportsBrokenRowsByLine()
    {
        const string csv = """
            Перший рівень;Другий рівень;Третій рівень;Четвертий рівень;Додатковий рівень;Категорія об’єкта;Назва об’єкта
            UA46000000000026241;;;;;O;ЛЬВІВСЬКА ОБЛАСТЬ
            UA46000000000026241;UA46020000000012345;;;;P;Тестовий район
            UA46000000000026241;UA46020000000012345;UA46020010000054321;;;H;Тестова громада
            UA46000000000026241;UA46020000000012345;UA46020010000054321;UA46020010010011111;;C;Тестове село
            UA46000000000026241;UA4602000000001234;;;;P;Зламаний код
            UA46000000000026241;UA46030000000099999;UA46030010000088888;;;H;Громада без району
            UA46000000000026241;UA46020000000012345;UA46020010000054321;UA46020010010022222;;Q;Невідома категорія
            """;
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var report = await InScopeAsync(async s => await s.GetRequiredService<KatottgImport>().ImportAsync(await As("admin"), content));
        var village = await CommunityAsync("UA46020010010011111");
        var hromada = await CommunityAsync("UA46020010000054321");

        Assert.True(report.IsSuccess, report.Error?.ToString());
        Assert.Equal(3, report.Value.Added);
        Assert.Equal(1, report.Value.AlreadyPresent);
        Assert.Equal(new[] { (6, "Community.KatottgFormat"), (7, "Cities.Import.NoParent"), (8, "Cities.Import.Category") },
            report.Value.Errors.Select(e => (e.Line, e.Code)));
        Assert.Equal(CommunityKind.Village, village.Kind);
        Assert.Equal(hromada.Id, village.ParentId);
    }

    [Fact]
    public async Task ImportCodifier_NotAdministrator_Forbidden_WrongColumns_Refused()
    {
        using var wrong = new MemoryStream(Encoding.UTF8.GetBytes("code,name\nUA46000000000026241,Львівська\n"));
        using var any = new MemoryStream(Encoding.UTF8.GetBytes("x"));

        var columns = await InScopeAsync(async s => await s.GetRequiredService<KatottgImport>().ImportAsync(await As("admin"), wrong));
        var forbidden = await InScopeAsync(async s => await s.GetRequiredService<KatottgImport>().ImportAsync(await As("citymanager"), any));

        Assert.Equal("Cities.Import.Columns", columns.Error?.Code);
        Assert.Equal(CommonErrors.Forbidden, forbidden.Error);
    }

    [Fact]
    public async Task CoatOfArms_ImageStoredAndServed_NotAnImageOrHuge_Refused()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        var vinnytsia = await CommunityAsync(CitiesDemoData.VinnytsiaHromada);
        var admin = await As("admin");
        await using var scope = portal.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var upload = CoatOfArms.Upload(null);

        using var image = new MemoryStream(png);
        var stored = await store.SaveAsync(image, "herb.png", upload);
        using var text = new MemoryStream(Encoding.UTF8.GetBytes("<svg onload=alert(1)></svg> not a picture"));
        var notImage = await store.SaveAsync(text, "herb.png", upload);
        using var huge = new MemoryStream([.. png, .. new byte[CoatOfArms.MaxBytes]]);
        var tooLarge = await store.SaveAsync(huge, "herb.png", upload);
        var set = await scope.ServiceProvider.GetRequiredService<CityManagement>().SetCoatOfArmsAsync(admin, vinnytsia.Id, stored.Value.Id);
        using var client = portal.CreatePlainClient();
        using var served = await client.GetAsync(CityUrls.CoatOfArms(CitiesDemoData.VinnytsiaHromada));
        using var none = await client.GetAsync(CityUrls.CoatOfArms(CitiesDemoData.LvivHromada));

        Assert.True(stored.IsSuccess, stored.Error?.ToString());
        Assert.False(notImage.IsSuccess);
        Assert.False(tooLarge.IsSuccess);
        Assert.True(set.IsSuccess);
        Assert.Equal(System.Net.HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, none.StatusCode);
    }
}
