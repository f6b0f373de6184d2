using System.Net;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Practices;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Tests.Integration.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Practices;

/// <summary>Attachments go through the document store and come back only to those who may read the practice.</summary>
[Collection(SharedPortal.Name)]
public sealed class PracticeAttachmentsTests(PortalFactory portal)
{
    [Fact]
    public async Task Attach_ToDraft_AuthorDownloads_VisitorGets404_StrangerForbidden()
    {
        using var scope = portal.Services.CreateScope();
        var services = scope.ServiceProvider;
        var author = await portal.MemberByEmailAsync("member1@demo.egov.ua");
        var user = PrincipalOf(author.Id);
        var stranger = PrincipalOf((await portal.MemberByEmailAsync("member2@demo.egov.ua")).Id);
        var practiceId = (await services.GetRequiredService<PracticeEditing>().CreateAsync(user, new PracticeContent { TitleUk = "Додатки " + Guid.NewGuid().ToString("N")[..6] })).Value;
        var stored = (await services.GetRequiredService<IDocumentStore>().SaveAsync(new MemoryStream(DocumentFiles.ThreePagePdf()), "звіт.pdf", DocumentUpload.Documents(author.Id))).Value;
        var attachments = services.GetRequiredService<PracticeAttachments>();

        Assert.Equal(CommonErrors.Forbidden, (await attachments.AttachAsync(stranger, practiceId, stored)).Error);
        Assert.True((await attachments.AttachAsync(user, practiceId, stored)).IsSuccess);
        Assert.True((await attachments.AttachAsync(user, practiceId, stored)).IsSuccess);
        var view = await services.GetRequiredService<PracticeDetails>().ReadAsync(user, practiceId);
        var attachment = Assert.Single(view!.Attachments);

        Assert.NotNull(await attachments.FindAsync(user, practiceId, attachment.Id));
        Assert.Null(await attachments.FindAsync(stranger, practiceId, attachment.Id));
        using var client = portal.CreatePlainClient();
        using var anonymous = await client.GetAsync(PracticeLinks.Attachment(practiceId, attachment.Id));
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
    }

    [Fact]
    public async Task Download_AttachmentOfPublishedPractice_ServedToAnyone()
    {
        using var scope = portal.Services.CreateScope();
        var services = scope.ServiceProvider;
        var expert = await portal.MemberByEmailAsync("expert2@demo.egov.ua");
        var published = (await services.GetRequiredService<PracticeCatalogue>().SearchAsync(PracticeFilter.None)).Items[0];
        var bytes = DocumentFiles.ThreePagePdf();
        var stored = (await services.GetRequiredService<IDocumentStore>().SaveAsync(new MemoryStream(bytes), "презентація.pdf", DocumentUpload.Documents(expert.Id))).Value;
        Assert.True((await services.GetRequiredService<PracticeAttachments>().AttachAsync(PrincipalOf(expert.Id), published.Id, stored)).IsSuccess);
        var attachment = (await services.GetRequiredService<PracticeDetails>().ReadAsync(PrincipalOf(expert.Id), published.Id))!.Attachments.Single();

        using var client = portal.CreatePlainClient();
        using var response = await client.GetAsync(PracticeLinks.Attachment(published.Id, attachment.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }
}
