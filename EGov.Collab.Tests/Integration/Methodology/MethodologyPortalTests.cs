using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.Collab.App.Common;
using EGov.Collab.App.Methodology;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Methodology;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Methodology;

/// <summary>The methodology base through the portal: act pages over HTTP, the CSV import and export, and the cited-act watch.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class MethodologyPortalTests(PortalFactory portal)
{
    private IServiceProvider Services => portal.Services;

    [Fact]
    public async Task ActPage_CarriesLegislationJsonLd_WithTheEliProperties()
    {
        var act = await ActAsync("2155-19");
        var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync($"/methodology/acts/{act.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(JsonLd().Match(body).Groups[1].Value);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Legislation", root.GetProperty("@type").GetString());
        Assert.Equal("Про електронну ідентифікацію та електронні довірчі послуги", root.GetProperty("name").GetString());
        Assert.Equal("2155-19", root.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("Закон", root.GetProperty("legislationType").GetString());
        Assert.Equal("2017-10-05", root.GetProperty("legislationDate").GetString());
        Assert.Equal("2022-12-01", root.GetProperty("legislationDateVersion").GetString());
        Assert.Equal("https://schema.org/InForce", root.GetProperty("legislationLegalForce").GetString());
        Assert.Equal("Верховна Рада України", root.GetProperty("legislationPassedBy").GetProperty("name").GetString());
        var changes = root.GetProperty("legislationChanges").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Про електронний цифровий підпис"], changes);
        Assert.EndsWith($"/methodology/acts/{act.Id}", root.GetProperty("@id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActPage_OfAnActThatLostForce_SaysNotInForce()
    {
        var act = await ActAsync(MethodologyDemoActs.DigitalSignature);

        var (_, body) = await portal.CreatePlainClient().GetPageAsync($"/methodology/acts/{act.Id}");

        using var json = JsonDocument.Parse(JsonLd().Match(body).Groups[1].Value);
        Assert.Equal("https://schema.org/NotInForce", json.RootElement.GetProperty("legislationLegalForce").GetString());
    }

    [Fact]
    public async Task UnknownAct_And_UnknownTemplate_Answer404()
    {
        var client = portal.CreatePlainClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/methodology/acts/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/methodology/templates/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task Export_HasTheOpenDataColumns_AndEveryDemoAct()
    {
        using var response = await portal.CreatePlainClient().GetAsync("/methodology/acts.csv");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("legalActTitle,legalActId,legalActDate,legalActType,legalActAdopterName,legalActPublication", csv, StringComparison.Ordinal);
        Assert.Contains("851-15,22.05.2003,Закон,Верховна Рада України", csv, StringComparison.Ordinal);
        Assert.True(MethodologyDemoActs.Cards.Count >= 25);
    }

    [Fact]
    public async Task Import_WithOneBadRow_SavesNothing_AndNamesTheRow_ThenTheFixedFileSavesAll()
    {
        using var scope = Services.CreateScope();
        var import = scope.ServiceProvider.GetRequiredService<ActImport>();
        var editor = await DraftingFixture.UserAsync(Services, "methodologist");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string File(string badDate) =>
            "legalActTitle,legalActId,legalActDate,legalActType,legalActAdopterName,legalActPublication\n"
            + $"Тестова постанова А,test-a-{suffix},01.02.2024,Постанова,Кабінет Міністрів України,\n"
            + $"Тестова постанова Б,test-b-{suffix},{badDate},Постанова,Кабінет Міністрів України,\n"
            + "Про електронні документи та електронний документообіг,851-15,22.05.2003,Закон,Верховна Рада України,https://zakon.rada.gov.ua/laws/show/851-15\n";

        var refused = await import.ImportAsync(editor, Stream(File("31.02.2024")));

        var error = Assert.Single(refused.Value.Errors);
        Assert.Equal(new CsvRowError(3, "legalActDate", "Methodology.Error.InvalidDate"), error);
        Assert.False(await ExistsAsync($"test-a-{suffix}"));

        var saved = await import.ImportAsync(editor, Stream(File("29.02.2024")));

        Assert.True(saved.Value.Saved);
        Assert.Equal(2, saved.Value.Created);
        Assert.True(await ExistsAsync($"test-a-{suffix}"));
        Assert.Equal(new DateOnly(2024, 2, 29), (await ActAsync($"test-b-{suffix}")).AdoptedOn);
    }

    [Fact]
    public async Task Import_ByAMemberWhoIsNoEditor_IsForbidden()
    {
        using var scope = Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ActImport>().ImportAsync(await DraftingFixture.UserAsync(Services, "member1"), Stream("x"));

        Assert.Equal(MethodologyErrors.NotAnEditor, result.Error);
    }

    [Fact]
    public async Task DuplicateIdentifier_IsRefused_NamingTheField()
    {
        using var scope = Services.CreateScope();
        var acts = scope.ServiceProvider.GetRequiredService<LegalActs>();
        var card = new LegalActCard("851-15", "Дубль", LegalActType.Law, "851-IV", new DateOnly(2003, 5, 22), "Верховна Рада України");

        var result = await acts.SaveAsync(await DraftingFixture.UserAsync(Services, "methodologist"), null, card);

        Assert.Equal(MethodologyErrors.DuplicateIdentifier, result.Error);
        Assert.Equal("identifier", result.Error!.Field);
    }

    [Fact]
    public async Task Watch_WhenACitedActLosesForce_FlagsTheDependentTemplate_AndNotifiesItsAuthor()
    {
        using var scope = Services.CreateScope();
        var acts = scope.ServiceProvider.GetRequiredService<LegalActs>();
        var templates = scope.ServiceProvider.GetRequiredService<Templates>();
        var editor = await DraftingFixture.UserAsync(Services, "methodologist");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var actId = (await acts.SaveAsync(editor, null, new LegalActCard($"watch-{suffix}", "Тестовий закон для спостереження", LegalActType.Law, $"{suffix}-IX",
            new DateOnly(2020, 1, 1), "Верховна Рада України"))).Value;
        var templateId = (await templates.CreateAsync(editor, new TemplateInput($"Шаблон {suffix}", null, DraftKind.Order, MethodologyLevel.Community,
            "Title: Рішення {{community}}\nPart: Відповідно до закону.", [actId]))).Value;
        Assert.False((await templates.ListAsync()).Single(t => t.Id == templateId).Flagged);

        Assert.True((await acts.EndForceAsync(editor, actId, new DateOnly(2024, 1, 1))).IsSuccess);

        Assert.True((await templates.ListAsync()).Single(t => t.Id == templateId).Flagged);
        Assert.True((await templates.ViewAsync(templateId))!.Cites.Single().Flagged);
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var memberId = editor.MemberId()!.Value;
        var notices = await db.Notifications.Where(n => n.MemberId == memberId && n.Link == MethodologyLinks.Template(templateId)).CountAsync();
        Assert.Equal(1, notices);

        // The nightly re-check finds nothing new: the author is not notified twice.
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CitedActWatchJob>().RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Edition_WithAPdf_IsStoredAndServed_FlagsACitingExample_AndAFakePdfSavesNothing()
    {
        using var scope = Services.CreateScope();
        var acts = scope.ServiceProvider.GetRequiredService<LegalActs>();
        var editor = await DraftingFixture.UserAsync(Services, "methodologist");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var actId = (await acts.SaveAsync(editor, null, new LegalActCard($"edition-{suffix}", "Тестова постанова з редакціями", LegalActType.Resolution, suffix,
            new DateOnly(2021, 3, 1), "Кабінет Міністрів України"))).Value;
        var exampleId = (await scope.ServiceProvider.GetRequiredService<Examples>().CreateAsync(editor, new ExampleInput(ExampleKind.Method, $"Методика {suffix}", null,
            MethodologyLevel.National, null, null, 2024, "тест", null, [actId]))).Value;
        var fake = await acts.AddEditionAsync(editor, actId, new EditionInput(new DateOnly(2022, 1, 1), null, null, "підробка"),
            new MemoryStream(Documents.DocumentFiles.Png()), "edition.pdf");

        Assert.False(fake.IsSuccess);
        Assert.Empty((await acts.ViewAsync(actId))!.Editions);

        var before = await acts.AddEditionAsync(editor, actId, new EditionInput(new DateOnly(2021, 2, 1), "текст", null, null), null, null);
        Assert.Equal(MethodologyErrors.EditionBeforeAct, before.Error);

        var added = await acts.AddEditionAsync(editor, actId, new EditionInput(new DateOnly(2023, 6, 1), null, null, "зі змінами"),
            new MemoryStream(Documents.DocumentFiles.ThreePagePdf()), "edition.pdf");

        Assert.True(added.IsSuccess, added.Error?.ToString());
        using var response = await portal.CreatePlainClient().GetAsync(MethodologyLinks.EditionPdf(actId, added.Value));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreatePlainClient().GetAsync(MethodologyLinks.EditionPdf(Guid.NewGuid(), added.Value))).StatusCode);
        var example = (await scope.ServiceProvider.GetRequiredService<Examples>().ListAsync(new ExampleFilter(Topic: "тест"))).Single(e => e.Example.Id == exampleId);
        Assert.True(example.Flagged);
    }

    [Fact]
    public async Task Sources_SearchNewsletterAndCityCabinet_ShowTheModulesContent()
    {
        using var scope = Services.CreateScope();
        var acts = scope.ServiceProvider.GetRequiredService<LegalActs>();
        var editor = await DraftingFixture.UserAsync(Services, "methodologist");
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var actId = (await acts.SaveAsync(editor, null, new LegalActCard($"news-{suffix}", $"Закон для розсилки {suffix}", LegalActType.Law, $"{suffix}-IX",
            new DateOnly(2025, 1, 1), "Верховна Рада України"))).Value;
        await acts.AddEditionAsync(editor, actId, new EditionInput(new DateOnly(2025, 2, 1), "Текст редакції про кваліфіковані довірчі послуги", null, null), null, null);

        var news = await scope.ServiceProvider.GetServices<EGov.Collab.App.Journal.INewsletterSource>().OfType<MethodologyNewsletterSource>().Single()
            .PublishedAsync(since, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        var search = await scope.ServiceProvider.GetServices<EGov.Collab.App.Common.SearchIndex.ISearchSource>().OfType<MethodologySearchSource>().Single()
            .ItemAsync(MethodologySearchSource.ActItem(actId), CancellationToken.None);
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var kulykivska = await db.Communities.Where(c => c.KatottgCode == "UA46060230000093092").Select(c => c.Id).SingleAsync();
        var city = await scope.ServiceProvider.GetServices<EGov.Collab.App.Cities.ICityContributor>().OfType<MethodologyCityContributor>().Single()
            .ForCommunityAsync(kulykivska, CancellationToken.None);

        Assert.Equal(2, news.Count(i => i.Url == MethodologyLinks.Act(actId)));
        var item = Assert.Single(search);
        Assert.Equal(SearchAudience.Public, item.Audience);
        Assert.Contains("кваліфіковані довірчі послуги", item.Body, StringComparison.Ordinal);
        Assert.Equal(2, city.Count);
        Assert.All(city, c => Assert.Equal(kulykivska, c.CommunityId));
    }

    [Fact]
    public async Task DemoData_TheTemplateCitingTheLostForceSignatureLaw_IsFlagged()
    {
        using var scope = Services.CreateScope();
        var templates = await scope.ServiceProvider.GetRequiredService<Templates>().ListAsync();

        Assert.True(templates.Count >= 6);
        Assert.True(templates.Single(t => t.Title == MethodologyDemoData.FlaggedTemplateTitle).Flagged);
        Assert.Equal(1, templates.Count(t => t.Flagged && t.Title.StartsWith("Типов", StringComparison.Ordinal)));
        var examples = await scope.ServiceProvider.GetRequiredService<Examples>().ListAsync(new ExampleFilter());
        Assert.True(examples.Count >= 10);
        Assert.All(examples, e => Assert.NotEmpty(e.Cites));
        Assert.Equal(3, examples.Select(e => e.Example.Level).Distinct().Count());
    }

    [Fact]
    public async Task Examples_FilterByLevelRegionYearAndTopic()
    {
        using var scope = Services.CreateScope();
        var examples = scope.ServiceProvider.GetRequiredService<Examples>();

        var community = await examples.ListAsync(new ExampleFilter(Level: MethodologyLevel.Community, RegionCode: "UA46000000000026241"));
        var byYearAndTopic = await examples.ListAsync(new ExampleFilter(Year: 2023, Topic: "відкриті дані"));

        Assert.NotEmpty(community);
        Assert.All(community, e => Assert.Equal(("UA46000000000026241", MethodologyLevel.Community), (e.Example.RegionCode!, e.Example.Level)));
        Assert.Equal("Приклад програми відкритих даних Куликівської громади", Assert.Single(byYearAndTopic).Example.Title);
    }

    [Fact]
    public async Task Chair_CreatesADraftFromATemplate_WithItsStructureAsNumberedProvisions_LinkedToTheVersion()
    {
        using var scope = Services.CreateScope();
        var templates = scope.ServiceProvider.GetRequiredService<Templates>();
        var chair = await DraftingFixture.UserAsync(Services, "chair");
        var template = (await templates.ListAsync()).Single(t => t.Title == MethodologyDemoData.CommunityProgrammeTitle);
        var group = (await templates.ChairedGroupsAsync(chair))[0];

        var created = await templates.CreateDraftAsync(chair, template.Id, group.Id, "Програма цифрового розвитку Куликівської громади",
            new Dictionary<string, string> { ["community"] = "Куликівської громади", ["yearFrom"] = "2027", ["yearTo"] = "2029", ["unknown"] = "x" });

        Assert.True(created.IsSuccess, created.Error?.ToString());
        var view = await scope.ServiceProvider.GetRequiredService<EGov.Collab.App.Drafting.Drafts>().ViewAsync(chair, created.Value);
        var lines = view.Value.Text.Provisions.Select(p => EGov.Collab.Domain.Drafting.LegalNumbering.Line(view.Value.Numbers[p.Id], p)).ToList();
        Assert.Equal("Програма цифрового розвитку Куликівської громади", lines[0]);
        Assert.Equal("Розділ I. Загальні положення", lines[1]);
        Assert.Contains("Зробити адміністративні послуги Куликівської громади доступними онлайн і безбар'єрними.", lines);
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var link = await db.TemplateDrafts.SingleAsync(d => d.DraftId == created.Value);
        Assert.Equal((template.Id, template.CurrentVersion), (link.TemplateId, link.VersionNumber));
        Assert.Equal(4, await db.ActCitations.CountAsync(c => c.Kind == CitingKind.Draft && c.CitingId == created.Value));
    }

    [Fact]
    public async Task CreateDraft_ByAMemberWhoChairsNoGroup_IsRefused()
    {
        using var scope = Services.CreateScope();
        var templates = scope.ServiceProvider.GetRequiredService<Templates>();
        var template = (await templates.ListAsync())[0];

        var result = await templates.CreateDraftAsync(await DraftingFixture.UserAsync(Services, "member1"), template.Id, Guid.NewGuid(), "Проєкт", new Dictionary<string, string>());

        Assert.Equal(MethodologyErrors.NotInGroup, result.Error);
    }

    private async Task<LegalAct> ActAsync(string identifier)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.LegalActs.SingleAsync(a => a.Identifier == identifier);
    }

    private async Task<bool> ExistsAsync(string identifier)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.LegalActs.AnyAsync(a => a.Identifier == identifier);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
