using System.Net;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Documents;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Files on club messages: refused by kind, size and count; served only to whoever may read the message.</summary>
[Collection(SharedPortal.Name)]
public sealed class ClubAttachmentsTests(PortalFactory portal)
{
    private const string Password = "a-long-test-passphrase";

    private TopicSession Session(Guid topicId) => portal.Services.GetRequiredService<TopicSessions>().For(topicId);

    private IDocumentStore Store => portal.Services.GetRequiredService<IDocumentStore>();

    /// <summary>A PDF of its own content, so the store keeps it as a new document.</summary>
    private static byte[] DistinctPdf() => new PdfDocumentBuilder().Paragraph($"Протокол {Guid.NewGuid()}").Build();

    private async Task<StoredDocument> StoredPdfAsync(Guid memberId, string name = "протокол.pdf") =>
        (await Store.SaveAsync(new MemoryStream(DistinctPdf()), name, ClubAttachments.UploadFor(memberId))).Value;

    [Fact]
    public async Task Upload_WrongKindOrOverTheClubLimit_RefusedWithTheClubsLimitInTheMessage()
    {
        var member = await ClubMemberAsync(portal);
        var upload = ClubAttachments.UploadFor(member);
        var oversized = new byte[MessageAttachment.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(oversized);

        var text = await Store.SaveAsync(new MemoryStream("просто текст"u8.ToArray()), "нотатки.txt", upload);
        var disguised = await Store.SaveAsync(new MemoryStream("просто текст"u8.ToArray()), "нотатки.pdf", upload);
        var tooLarge = await Store.SaveAsync(new MemoryStream(oversized), "великий.pdf", upload);

        Assert.Equal(DocumentErrors.KindNotAllowed, text.Error);
        Assert.Equal(DocumentErrors.KindNotAllowed, disguised.Error);
        Assert.Equal(DocumentErrors.TooLarge, tooLarge.Error);
        using var scope = portal.Services.CreateScope();
        using var culture = TestCulture.Use("en-US");
        var message = scope.ServiceProvider.GetRequiredService<ClubText>().For(tooLarge.Error!);
        Assert.Contains("10 MB", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_SixFiles_TooManyAndNothingPosted()
    {
        var member = await ClubMemberAsync(portal);
        var (_, topicId) = await TopicAsync(portal.Services);
        var files = new List<Guid>();
        for (var i = 0; i < MessageAttachment.MaxPerMessage + 1; i++) files.Add((await StoredPdfAsync(member)).Id);

        var refused = await Session(topicId).PostAsync(PrincipalOf(member), "Шість файлів", attachments: files);

        Assert.Equal(ClubErrors.TooManyAttachments, refused.Error);
        await using var db = await DbAsync(portal.Services);
        Assert.False(await db.ClubMessages.AnyAsync(m => m.TopicId == topicId));
        var five = await Session(topicId).PostAsync(PrincipalOf(member), "П'ять файлів", attachments: files[..MessageAttachment.MaxPerMessage]);
        Assert.Equal(MessageAttachment.MaxPerMessage, five.Value.Attachments.Count);
    }

    [Fact]
    public async Task PostAsync_DocumentOfAKindTheClubRefuses_KindNotAllowed()
    {
        var member = await ClubMemberAsync(portal);
        var (_, topicId) = await TopicAsync(portal.Services);
        var text = await Store.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"нотатки {Guid.NewGuid()}")), "нотатки.txt",
            new DocumentUpload([DocumentKind.PlainText], member));

        var refused = await Session(topicId).PostAsync(PrincipalOf(member), "Текстовий файл", attachments: [text.Value.Id]);

        Assert.Equal(DocumentErrors.KindNotAllowed, refused.Error);
    }

    [Fact]
    public async Task File_PrivateRoom_MemberDownloads_OutsiderForbidden_VisitorNotFound()
    {
        var member = await ClubAccountAsync(portal);
        var outsider = await ClubAccountAsync(portal);
        var (_, topicId) = await TopicAsync(portal.Services, isPrivate: true, member.Id);
        var document = await StoredPdfAsync(member.Id, "закритий протокол.pdf");
        var posted = await Session(topicId).PostAsync(PrincipalOf(member.Id), "Протокол засідання", attachments: [document.Id]);
        var attachment = Assert.Single(posted.Value.Attachments);
        Assert.Equal(("закритий протокол.pdf", DocumentKind.Pdf, document.Length), (attachment.FileName, attachment.Kind, attachment.Length));
        await using var stored = (await Store.OpenReadAsync(document.Id))!;
        using var expected = new MemoryStream();
        await stored.CopyToAsync(expected);

        using var memberClient = portal.CreateSessionClient();
        using (await memberClient.SignInAsync(member.Email!, Password)) { }
        using var outsiderClient = portal.CreateSessionClient();
        using (await outsiderClient.SignInAsync(outsider.Email!, Password)) { }
        using var visitor = portal.CreatePlainClient();
        using var forMember = await memberClient.GetAsync(ClubLinks.Attachment(attachment.Id));
        using var forOutsider = await outsiderClient.GetAsync(ClubLinks.Attachment(attachment.Id));
        using var forVisitor = await visitor.GetAsync(ClubLinks.Attachment(attachment.Id));

        Assert.Equal(HttpStatusCode.OK, forMember.StatusCode);
        Assert.Equal(expected.ToArray(), await forMember.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forVisitor.StatusCode);
    }

    [Fact]
    public async Task File_PublicTopic_VisitorDownloads_UntilHiddenByAModeratorOrDeletedByTheAuthor()
    {
        var author = await ClubMemberAsync(portal);
        var admin = PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);
        var (_, topicId) = await TopicAsync(portal.Services);
        var hiddenLater = (await Session(topicId).PostAsync(PrincipalOf(author), "Відкритий звіт", attachments: [(await StoredPdfAsync(author)).Id])).Value;
        var deletedLater = (await Session(topicId).PostAsync(PrincipalOf(author), "Ще один звіт", attachments: [(await StoredPdfAsync(author)).Id])).Value;
        using var visitor = portal.CreatePlainClient();
        async Task<HttpStatusCode> StatusAsync(MessageView message)
        {
            using var response = await visitor.GetAsync(ClubLinks.Attachment(message.Attachments.Single().Id));
            return response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hiddenLater));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(deletedLater));

        Assert.True((await Session(topicId).HideAsync(admin, hiddenLater.Id, "Не за темою")).IsSuccess);
        var deleted = await Session(topicId).DeleteAsync(PrincipalOf(author), deletedLater.Id);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(hiddenLater));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(deletedLater));
        Assert.Empty(deleted.Value.Attachments);
    }

    [Fact]
    public async Task AttachedPdf_ItsWordsFindTheMessage_OnlyForWhoeverMayReadTheRoom()
    {
        var member = await ClubMemberAsync(portal);
        var outsider = await ClubMemberAsync(portal);
        var word = "протоколнаради" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsDigit));
        var pdf = (await Store.SaveAsync(new MemoryStream(new PdfDocumentBuilder().Paragraph($"Рішення {word} ухвалено").Build()), "рішення.pdf",
            ClubAttachments.UploadFor(member))).Value;
        var (_, topicId) = await TopicAsync(portal.Services, isPrivate: true, member);
        var posted = await Session(topicId).PostAsync(PrincipalOf(member), "Додаю рішення наради", attachments: [pdf.Id]);
        Assert.True(posted.IsSuccess);

        await using var scope = portal.Services.CreateAsyncScope();
        // Extracted here unless the background job already did; either way the pages are stored when this returns.
        await scope.ServiceProvider.GetRequiredService<ExtractDocumentTextJob>().RunAsync(pdf.Id, CancellationToken.None);
        foreach (var listener in scope.ServiceProvider.GetServices<IDocumentTextListener>())
            await listener.TextExtractedAsync(pdf.Id, CancellationToken.None);
        var search = scope.ServiceProvider.GetRequiredService<PortalSearch>();

        var found = Assert.Single((await search.SearchAsync(PrincipalOf(member), new SearchRequest(word))).Value.Results);
        Assert.Equal(1, found.PdfPage);
        Assert.Equal(ClubLinks.Message(topicId, posted.Value.Number), found.Url);
        Assert.Contains("рішення.pdf", found.Title, StringComparison.Ordinal);
        Assert.Equal(0, (await search.SearchAsync(PrincipalOf(outsider), new SearchRequest(word))).Value.Total);
    }
}
