using EGov.Collab.App.Common.Documents;
using EGov.Collab.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>A community's coat of arms: an image (PNG, JPEG, GIF or WebP, decided by content) of at most <see cref="MaxBytes"/>, kept in the document store.</summary>
public sealed class CoatOfArms(IDocumentStore store, IDbContextFactory<CollabDbContext> dbFactory)
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static DocumentUpload Upload(Guid? memberId) => DocumentUpload.Images(memberId, MaxBytes);

    /// <summary>The image of the community's coat of arms (public, like the cabinet), or 404 when the code or the image is unknown.</summary>
    public async Task<IResult> FileAsync(string code, CancellationToken cancellationToken = default)
    {
        var clean = code.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var documentId = await (from c in db.Communities
                                where c.KatottgCode == clean
                                join p in db.CityProfiles on c.Id equals p.CommunityId
                                select p.CoatOfArmsDocumentId).SingleOrDefaultAsync(cancellationToken);
        return documentId is { } id ? await DocumentResults.FileAsync(store, id, inline: true, cancellationToken: cancellationToken) : Results.NotFound();
    }
}
