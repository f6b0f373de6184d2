using System.Security.Claims;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

/// <summary>A comment thread as shown: where its words are now (null when their provision has gone) and its replies.</summary>
public sealed record CommentView(DraftComment Comment, string AuthorName, TextAnchor? Anchor, string? AnchoredText, IReadOnlyList<CommentView> Replies);

/// <summary>Comments on a range of text, threaded replies, resolve. Anchors follow their words through later operations.</summary>
public sealed class Comments(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, DraftAccess access, IDraftEditing editing, DraftingLive live)
{
    public async Task<IReadOnlyList<CommentView>> ListAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RightsAsync(user, draftId, cancellationToken)).CanRead) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.DraftComments.AsNoTracking().Where(c => c.DraftId == draftId).OrderBy(c => c.At).ToListAsync(cancellationToken);
        var ids = all.Select(c => c.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var (document, _) = await editing.CurrentAsync(draftId, cancellationToken);
        var oldest = all.Where(c => c.ParentId is null).Select(c => c.AnchorRevision).DefaultIfEmpty(0).Min();
        var history = all.Count == 0 ? [] : await editing.HistoryAsync(draftId, oldest, cancellationToken);
        var views = new List<CommentView>();
        foreach (var comment in all.Where(c => c.ParentId is null))
        {
            var anchor = CommentAnchors.Current(comment, history, document);
            var provision = anchor is null ? null : document.Find(anchor.ProvisionId);
            var anchored = provision is null ? null : provision.Text[Math.Min(anchor!.Start, provision.Text.Length)..Math.Min(anchor.End, provision.Text.Length)];
            var replies = all.Where(r => r.ParentId == comment.Id)
                .Select(r => new CommentView(r, names.GetValueOrDefault(r.AuthorId, "?"), null, null, [])).ToList();
            views.Add(new CommentView(comment, names.GetValueOrDefault(comment.AuthorId, "?"), provision is null ? null : anchor, anchored, replies));
        }
        return views;
    }

    public Task<Result<Guid>> AddAsync(ClaimsPrincipal user, Guid draftId, Guid provisionId, int start, int end, string body, CancellationToken cancellationToken = default) =>
        AddAsync(user, draftId, provisionId, _ => (start, end), body, cancellationToken);

    /// <summary>
    /// A comment on words selected in the live editor. The selection was made in the reader's copy, which may be a
    /// moment behind the server's, so the quoted words are found again (<see cref="SelectionAnchor"/>).
    /// </summary>
    public Task<Result<Guid>> AddOnSelectionAsync(ClaimsPrincipal user, Guid draftId, Guid provisionId, int start, string quote, string body, CancellationToken cancellationToken = default) =>
        AddAsync(user, draftId, provisionId, text => SelectionAnchor.Find(text, start, quote), body, cancellationToken);

    private async Task<Result<Guid>> AddAsync(ClaimsPrincipal user, Guid draftId, Guid provisionId, Func<string, (int Start, int End)?> anchor, string body, CancellationToken cancellationToken)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.CanContribute) return CommonErrors.Forbidden;
        var (document, revision) = await editing.CurrentAsync(draftId, cancellationToken);
        var provision = document.Find(provisionId);
        if (provision is null) return DraftingErrors.ProvisionGone;
        if (anchor(provision.Text) is not { } range) return DraftingErrors.SelectionChanged;
        var (start, end) = range;
        var created = DraftComment.Create(draftId, rights.MemberId!.Value, body, provisionId, provision.Text, start, end, revision, !rights.IsMember, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.DraftComments.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(draftId, "comment");
        return created.Value.Id;
    }

    public async Task<Result> ReplyAsync(ClaimsPrincipal user, Guid commentId, string body, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var comment = await db.DraftComments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null) return CommonErrors.NotFound;
        var rights = await access.RightsAsync(user, comment.DraftId, cancellationToken);
        if (!rights.CanContribute) return CommonErrors.Forbidden;
        var reply = comment.Reply(rights.MemberId!.Value, body, clock.GetUtcNow());
        if (!reply.IsSuccess) return reply.Error!;
        db.DraftComments.Add(reply.Value);
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(comment.DraftId, "comment");
        return Result.Success();
    }

    /// <summary>The comment's author or a chair resolves a thread.</summary>
    public async Task<Result> ResolveAsync(ClaimsPrincipal user, Guid commentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var comment = await db.DraftComments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null) return CommonErrors.NotFound;
        var rights = await access.RightsAsync(user, comment.DraftId, cancellationToken);
        if (!rights.IsChair && !(rights.CanContribute && rights.MemberId == comment.AuthorId)) return CommonErrors.Forbidden;
        var resolved = comment.Resolve(rights.MemberId!.Value, clock.GetUtcNow());
        if (!resolved.IsSuccess) return resolved;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(comment.DraftId, "comment");
        return Result.Success();
    }
}
