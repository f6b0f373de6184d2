using EGov.Collab.App.Cities;
using EGov.Collab.App.Documents;
using EGov.Collab.App.Library;
using EGov.Collab.App.Methodology;
using EGov.Collab.App.Practices;
using EGov.Collab.App.Projects;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Methodology;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Domain.Projects;
using EGov.Collab.Tests.Integration.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Browser.Security;

public sealed partial class XssCorpusBrowserTests
{
    private const string English = "en-US";

    [Fact]
    public async Task AllPayloads_InTheKnowledgeModules_SecondaryFieldsAndEnglishPages_DoNotRun() =>
        await AssertNothingRunsAsync(await KnowledgeExtraSurfaces(AllPayloads));

    /// <summary>
    /// The fields <see cref="KnowledgeSurfaces"/> leaves out: the library's English title and abstract, contributors, its
    /// review queue and the submitter's list; an act's number, adopter, tags and an edition's text and note, a template's
    /// structure, an example with a link; a practice's English fields and review comments; a listing's English fields and
    /// an interest thread; a city's profile (about, address, phone). English fields are read in the English interface.
    /// </summary>
    private async Task<IReadOnlyList<Visit>> KnowledgeExtraSurfaces(string payload)
    {
        var services = browser.Services;
        var admin = await DraftingFixture.UserAsync(services, "admin");
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var member = await DraftingFixture.UserAsync(services, "member1");
        var methodologist = await DraftingFixture.UserAsync(services, "methodologist");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider;
        Guid collectionId;
        Guid kulykivId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            collectionId = await db.LibraryCollections.Select(c => c.Id).FirstAsync();
            kulykivId = await db.Communities.Where(c => c.KatottgCode == CitiesDemoData.KulykivHromada).Select(c => c.Id).SingleAsync();
        }

        var library = scoped.GetRequiredService<LibrarySubmissions>();
        LibraryItemForm Item(string title) => new()
        {
            CollectionId = collectionId, TitleUk = title, TitleEn = Medium("Edition " + payload), Creators = "Автор, Перший", Contributors = Short("Редактор " + payload),
            Subjects = "тема", AbstractUk = "Анотація.", AbstractEn = "Abstract " + payload, Publisher = "Видавець", DateIssued = "2024-05-01", LicenceGranted = true,
        };
        Stream Pdf(string title) => new MemoryStream(new PdfDocumentBuilder().Title(title).Paragraph(title).Build());
        var accepted = await library.SubmitAsync(admin, Item($"Прийняте {suffix}"), Pdf($"Прийняте {suffix}"), $"a-{suffix}.pdf");
        Assert.True(accepted.IsSuccess, accepted.Error?.Code);
        Ok(await library.DecideAsync(admin, accepted.ItemId!.Value, LibraryDecision.Accept, null, null));
        var pending = await library.SubmitAsync(admin, Item(Medium("Очікує " + payload)), Pdf($"Очікує {suffix}"), $"p-{suffix}.pdf");
        Assert.True(pending.IsSuccess, pending.Error?.Code);

        var acts = scoped.GetRequiredService<LegalActs>();
        var act = await acts.SaveAsync(methodologist, null, new LegalActCard($"xss2-{suffix}", $"Постанова {suffix}", LegalActType.Resolution, Fit(payload, LegalAct.NumberMaxLength),
            new DateOnly(2021, 3, 1), Short("Орган " + payload), Tags: Short("мітка " + payload)));
        Ok(act);
        Ok(await acts.AddEditionAsync(methodologist, act.Value, new EditionInput(new DateOnly(2022, 1, 1), "Текст редакції " + payload, null, Medium("Примітка " + payload)), null, null));
        var template = await scoped.GetRequiredService<Templates>().CreateAsync(methodologist, new TemplateInput($"Шаблон {suffix}", null,
            DraftKind.Order, MethodologyLevel.Community, $"Title: Рішення {Unplaceheld(payload)}\nPart: Частина {Unplaceheld(payload)}", [act.Value]));
        Ok(template);
        Ok(await scoped.GetRequiredService<Examples>().CreateAsync(methodologist, new ExampleInput(ExampleKind.Strategy, Short("Стратегія " + payload),
            "Опис " + payload, MethodologyLevel.National, null, null, 2023, "тема " + suffix, Medium("https://example.org/strategy?q=" + payload), [act.Value])));

        var practices = scoped.GetRequiredService<PracticeEditing>();
        var practice = await practices.CreateAsync(chair, new PracticeContent
        {
            TitleUk = $"Практика {suffix}", TitleEn = Short("Practice " + payload), ProblemUk = "Проблема", ProblemEn = payload, SolutionUk = "Рішення",
            SolutionEn = payload, ImplementationUk = "Впровадження", ImplementationEn = payload, ResourcesUk = "Ресурси", ResourcesEn = payload,
            LessonsUk = "Уроки", LessonsEn = payload, TransferabilityUk = "Перенесення", TransferabilityEn = payload, Contacts = "Контакти", CommunityId = kulykivId,
        });
        Ok(practice);
        Ok(await practices.SubmitAsync(chair, practice.Value));
        Ok(await practices.CommentAsync(admin, practice.Value, "Рецензія " + payload));
        Ok(await practices.RequestChangesAsync(admin, practice.Value, "Доопрацювати " + payload));
        Ok(await practices.SubmitAsync(chair, practice.Value));
        Ok(await practices.PublishAsync(admin, practice.Value, "Опубліковано " + payload));

        var listings = scoped.GetRequiredService<ListingService>();
        var content = ListingContent.Create(ListingKind.Idea, ListingDirection.Request, $"Потреба {suffix}", Short("Need " + payload), "Опис", "Description " + payload,
            null, null, null, null, [], ["queue-management"], "Контакт", $"xss2-{suffix}@example.org", null, null, GovernmentLevels.Local, [], []);
        Ok(content);
        var listing = await listings.SubmitAsync(chair, content.Value);
        Ok(listing);
        Ok(await listings.ModerateAsync(admin, listing.Value, true, null));
        var interests = scoped.GetRequiredService<InterestService>();
        var interest = await interests.ExpressAsync(member, listing.Value, "Цікавить " + payload);
        Ok(interest);
        Ok(await interests.PostAsync(chair, interest.Value, "Відповідь " + payload));

        Ok(await scoped.GetRequiredService<CityManagement>().UpdateProfileAsync(admin, kulykivId, new CityProfileFields
        {
            About = "Про громаду " + payload, Address = Short("Адреса " + payload), Phone = Fit(payload, CityProfile.PhoneMaxLength), Population = 9000,
        }));

        return
        [
            new("chair", LibraryLinks.Item(accepted.ItemId.Value), English), new("chair", "/library", English),
            new("admin", LibraryLinks.Review), new("admin", "/library/my"), new("admin", LibraryLinks.Item(accepted.ItemId.Value)),
            new("chair", MethodologyLinks.Act(act.Value)), new("chair", "/methodology/acts"), new("chair", MethodologyLinks.Template(template.Value)),
            new("chair", "/methodology/examples"),
            new("chair", PracticeLinks.Practice(practice.Value)), new("chair", PracticeLinks.Practice(practice.Value), English), new("chair", "/practices/my"),
            new("chair", ProjectsLinks.Listing(listing.Value), English), new("chair", ProjectsLinks.Interest(interest.Value)), new("chair", "/projects/my"),
            new("member1", ProjectsLinks.Interest(interest.Value)),
            new("chair", $"/cities/{CitiesDemoData.KulykivHromada}"),
        ];
    }

    /// <summary>The payload, cut to a field's limit where it is longer (the cut still opens its tag).</summary>
    private static string Fit(string payload, int max) => payload.Length <= max ? payload : payload[..max];

    /// <summary>As much of the text as fits a title or a name (the shortest such limit is 100).</summary>
    private static string Short(string text) => Fit(text, 100);

    /// <summary>As much of the text as fits a field of up to 500 characters (summaries, contacts, long titles).</summary>
    private static string Medium(string text) => Fit(text, 500);

    /// <summary>A template's structure refuses an unknown {{placeholder}}: the template-injection payload goes in with its braces apart.</summary>
    private static string Unplaceheld(string payload) => payload.Replace("{{", "{ {", StringComparison.Ordinal);
}
