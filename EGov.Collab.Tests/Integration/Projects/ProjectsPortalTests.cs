using System.Net;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Projects;
using EGov.Collab.App.Projects.Publiccode;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using EGov.Collab.Tests.Domain.Projects;
using EGov.Collab.Tests.Integration.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Projects;

[Collection(SharedPortal.Name)]
public sealed class ProjectsPortalTests(PortalFactory portal)
{
    private static T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    private async Task<System.Security.Claims.ClaimsPrincipal> DemoAsync(string localPart) =>
        PrincipalOf((await portal.MemberByEmailAsync($"{localPart}@demo.egov.ua")).Id);

    private async Task<Guid> PublishedAsync(ListingContent content, string author = "expert2")
    {
        using var scope = portal.Services.CreateScope();
        var listings = Service<ListingService>(scope);
        var id = (await listings.SubmitAsync(await DemoAsync(author), content)).Value;
        Assert.True((await listings.ModerateAsync(await DemoAsync("admin"), id, approve: true, null)).IsSuccess);
        return id;
    }

    [Fact]
    public async Task PendingListing_IsNotFoundForVisitors_PublishedOne_ExportsPubliccodeThatReadsBack()
    {
        var content = ProjectsTestData.Content("Черга " + Guid.NewGuid().ToString("N")[..6]);
        using var scope = portal.Services.CreateScope();
        var listings = Service<ListingService>(scope);
        var id = (await listings.SubmitAsync(await DemoAsync("expert2"), content)).Value;
        using var client = portal.CreatePlainClient();

        var (pendingPage, _) = await client.GetPageAsync(ProjectsLinks.Listing(id));
        using var pendingYaml = await client.GetAsync(new Uri(ProjectsLinks.Publiccode(id), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, pendingPage);
        Assert.Equal(HttpStatusCode.NotFound, pendingYaml.StatusCode);
        Assert.Equal(CommonErrors.Forbidden, (await listings.ModerateAsync(await DemoAsync("expert1"), id, approve: true, null)).Error);

        Assert.True((await listings.ModerateAsync(await DemoAsync("admin"), id, approve: true, null)).IsSuccess);
        Assert.Equal(ProjectsErrors.NotPending, (await listings.ModerateAsync(await DemoAsync("admin"), id, approve: true, null)).Error);
        var (publishedPage, html) = await client.GetPageAsync(ProjectsLinks.Listing(id));
        using var yaml = await client.GetAsync(new Uri(ProjectsLinks.Publiccode(id), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, publishedPage);
        Assert.Contains(content.TitleUk, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, yaml.StatusCode);
        var imported = PubliccodeImport.Parse(await yaml.Content.ReadAsStringAsync());
        Assert.True(imported.IsSuccess, string.Join("; ", imported.Problems));
        ProjectsTestData.AssertSameContent(content, imported.Content!);
        var (unknown, _) = await client.GetPageAsync(ProjectsLinks.Listing(Guid.CreateVersion7()));
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task Matches_CityManagersCouncil_ListingForItsWeakestComponentComesFirst()
    {
        var cityManager = await portal.MemberByEmailAsync("citymanager@demo.egov.ua");
        using var scope = portal.Services.CreateScope();
        var readiness = await Service<IReadinessResults>(scope).ForOrganisationAsync(cityManager.OrganisationId!.Value);
        Assert.NotNull(readiness);
        var byWeakness = readiness.Components.OrderBy(c => c.Score - c.NationalAverage).ThenBy(c => c.Score).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var forStrongest = await PublishedAsync(ProjectsTestData.Content("Для сильного " + Guid.NewGuid().ToString("N")[..6], [byWeakness[^1].Code]));
        var forWeakest = await PublishedAsync(ProjectsTestData.Content("Для слабкого " + Guid.NewGuid().ToString("N")[..6], [byWeakness[0].Code + ".1"]));

        var matches = await Service<ProjectsMatching>(scope).ForMemberAsync(PrincipalOf(cityManager.Id));

        Assert.NotNull(matches);
        var order = matches.Matches.Select(m => m.Listing.Id).ToList();
        Assert.True(order.IndexOf(forWeakest) >= 0 && order.IndexOf(forWeakest) < order.IndexOf(forStrongest));
        Assert.Equal(byWeakness[0].Code, matches.Matches[0].Match.Component);
        Assert.Null(await Service<ProjectsMatching>(scope).ForMemberAsync(PrincipalOf((await portal.CreateMemberAsync()).Id)));
    }

    [Fact]
    public async Task Endorse_PersonWithoutOrganisation_Refused_SecondMemberOfOrganisation_AlreadyEndorsed()
    {
        var id = await PublishedAsync(ProjectsTestData.Content("Підтримка " + Guid.NewGuid().ToString("N")[..6]));
        using var scope = portal.Services.CreateScope();
        var interests = Service<InterestService>(scope);
        var loner = await portal.CreateMemberAsync();

        Assert.Equal(ProjectsErrors.NoOrganisation, (await interests.EndorseAsync(PrincipalOf(loner.Id), id)).Error);
        Assert.True((await interests.EndorseAsync(await DemoAsync("citymanager"), id)).IsSuccess);
        Assert.Equal(ProjectsErrors.EndorsedTwice, (await interests.EndorseAsync(await DemoAsync("member1"), id)).Error);
        var view = await Service<ListingService>(scope).ReadAsync(id, PrincipalOf(loner.Id));
        Assert.Single(view!.EndorsingOrganisations);
    }

    [Fact]
    public async Task Interest_Twice_Refused_ThreadPrivate_AuthorAccepts_ContactsExchanged()
    {
        var id = await PublishedAsync(ProjectsTestData.Content("Зацікавленість " + Guid.NewGuid().ToString("N")[..6]));
        using var scope = portal.Services.CreateScope();
        var interests = Service<InterestService>(scope);
        var cityManager = await DemoAsync("citymanager");

        var interestId = (await interests.ExpressAsync(cityManager, id, "Хочемо демо")).Value;
        Assert.Equal(ProjectsErrors.InterestTwice, (await interests.ExpressAsync(cityManager, id, "Ще раз")).Error);
        Assert.Null(await interests.ThreadAsync(await DemoAsync("juror1"), interestId));
        Assert.Null((await interests.ThreadAsync(cityManager, interestId))!.Contacts);
        Assert.Equal(ProjectsErrors.NotAuthor, (await interests.DecideAsync(cityManager, interestId, accept: true)).Error);

        Assert.True((await interests.DecideAsync(await DemoAsync("expert2"), interestId, accept: true)).IsSuccess);
        var thread = await interests.ThreadAsync(cityManager, interestId);
        Assert.Equal("expert2@demo.egov.ua", thread!.Contacts!.AuthorEmail);
        Assert.Equal("citymanager@demo.egov.ua", thread.Contacts.MemberEmail);
    }

    [Fact]
    public async Task ExpiryJob_MailsTheAuthorOnce_EditingExpiredListingRefused()
    {
        var author = await portal.CreateMemberAsync();
        var title = "Прострочене " + Guid.NewGuid().ToString("N")[..6];
        var longAgo = DateTimeOffset.UtcNow.AddMonths(-13);
        var listing = Listing.Submit(ProjectsTestData.Content(title), author.Id, author.FullName, null, longAgo).Value;
        listing.Approve(author.Id, longAgo);
        using var scope = portal.Services.CreateScope();
        await using (var db = await Service<IDbContextFactory<CollabDbContext>>(scope).CreateDbContextAsync())
        {
            db.ProjectListings.Add(listing);
            await db.SaveChangesAsync();
        }
        var outbox = Service<Outbox>(scope);
        int MailsToAuthor() => outbox.List().Count(m => m.To.Contains(author.Email!, StringComparison.OrdinalIgnoreCase));

        await Service<ListingExpiryJob>(scope).RunAsync(CancellationToken.None);
        await Service<ListingExpiryJob>(scope).RunAsync(CancellationToken.None);

        Assert.Equal(1, MailsToAuthor());
        var mail = await outbox.ReadAsync(outbox.List().First(m => m.To.Contains(author.Email!, StringComparison.OrdinalIgnoreCase)).FileName);
        Assert.Contains(title, mail!.Subject, StringComparison.Ordinal);
        Assert.Contains(ProjectsLinks.Listing(listing.Id) + "?renew=1", mail.TextBody, StringComparison.Ordinal);
        var listings = Service<ListingService>(scope);
        Assert.Equal(ProjectsErrors.Expired, (await listings.EditAsync(PrincipalOf(author.Id), listing.Id, ProjectsTestData.Content("Нове"))).Error);
        Assert.True((await listings.RenewAsync(PrincipalOf(author.Id), listing.Id)).IsSuccess);
        Assert.True((await listings.EditAsync(PrincipalOf(author.Id), listing.Id, ProjectsTestData.Content("Нове"))).IsSuccess);
    }

    [Fact]
    public async Task ContestPrefill_OnlyForTheAuthorsPublishedListing()
    {
        var content = ProjectsTestData.Content("Конкурсна " + Guid.NewGuid().ToString("N")[..6]);
        var id = await PublishedAsync(content);
        using var scope = portal.Services.CreateScope();
        var listings = Service<ListingService>(scope);

        var prefill = await listings.ForContestAsync(id, await DemoAsync("expert2"));

        Assert.Equal(content.TitleUk, prefill!.Title);
        Assert.StartsWith(content.DescriptionUk, prefill.Description, StringComparison.Ordinal);
        Assert.Contains(content.ContactEmail, prefill.Contacts, StringComparison.Ordinal);
        Assert.Null(await listings.ForContestAsync(id, await DemoAsync("citymanager")));
    }

    [Fact]
    public async Task Attachment_ThroughTheDocumentStore_OnlyTheAuthorAttaches_VisitorsDownloadOnceItIsPublic()
    {
        using var scope = portal.Services.CreateScope();
        var listings = Service<ListingService>(scope);
        var id = (await listings.SubmitAsync(await DemoAsync("expert2"), ProjectsTestData.Content("Вкладення " + Guid.NewGuid().ToString("N")[..6]))).Value;
        await using var pdf = new MemoryStream(DocumentFiles.ThreePagePdf());
        var stored = (await Service<IDocumentStore>(scope).SaveAsync(pdf, "опис.pdf", ListingAttachments.UploadFor(null))).Value;
        var attachments = Service<ListingAttachments>(scope);
        using var client = portal.CreatePlainClient();
        var url = new Uri(ProjectsLinks.Attachment(id, stored.Id), UriKind.Relative);

        Assert.Equal(ProjectsErrors.NotAuthor, (await attachments.AttachAsync(await DemoAsync("citymanager"), id, stored)).Error);
        Assert.True((await attachments.AttachAsync(await DemoAsync("expert2"), id, stored)).IsSuccess);
        using (var pending = await client.GetAsync(url))
            Assert.Equal(HttpStatusCode.NotFound, pending.StatusCode);
        Assert.True((await listings.ModerateAsync(await DemoAsync("admin"), id, approve: true, null)).IsSuccess);
        using var published = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("application/pdf", published.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Length, (await published.Content.ReadAsByteArrayAsync()).Length);
    }
}
