using EGov.Collab.App.Common.SearchIndex;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Journal;

public enum ModerationDecision
{
    Accept = 1,
    RequestChanges = 2,
    Reject = 3,
}

/// <summary>Citizen journalism: any member submits, editors moderate, the author is told by email at every step.</summary>
public sealed class SubmissionService(
    IDbContextFactory<CollabDbContext> dbFactory,
    JournalAccess access,
    JournalNotifications notifications,
    TimeProvider clock,
    ISearchIndexer indexer)
{
    public async Task<Result<Guid>> SubmitAsync(ClaimsPrincipal user, ArticleForm form, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureMemberAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var now = clock.GetUtcNow();
        var authorId = user.MemberId()!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.JournalSections.AnyAsync(s => s.Id == form.SectionId, cancellationToken)) return JournalErrors.SectionRequired;
        var name = await db.Users.Where(u => u.Id == authorId).Select(u => u.FullName).SingleAsync(cancellationToken);
        var submitted = Article.Submit(form.ToContent(), authorId, name, now);
        if (!submitted.IsSuccess) return submitted.Error!;
        var cover = submitted.Value.SetCover(form.Cover, form.CoverContentType);
        if (!cover.IsSuccess) return cover.Error!;
        db.JournalArticles.Add(submitted.Value);
        db.AuditEntries.Add(AuditEntry.Record(authorId, ModuleKey.Journal, "journal.submission.submitted", $"article:{submitted.Value.Id}", null, submitted.Value.Title, now));
        await db.SaveChangesAsync(cancellationToken);
        await notifications.StatusChangedAsync(submitted.Value.Id, cancellationToken);
        return submitted.Value.Id;
    }

    /// <summary>The author revises a submission that is waiting or sent back; it returns to the queue.</summary>
    public async Task<Result> ReviseAsync(ClaimsPrincipal user, Guid id, ArticleForm form, CancellationToken cancellationToken = default)
    {
        var authorId = user.MemberId();
        if (authorId is null) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.JournalArticles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null) return JournalErrors.ArticleNotFound;
        ArticleService.ExpectVersion(db, article, form);
        var revised = article.Revise(authorId.Value, form.ToContent(), now);
        if (!revised.IsSuccess) return revised;
        if (form.RemoveCover || form.Cover is not null)
        {
            var cover = article.SetCover(form.RemoveCover ? null : form.Cover, form.CoverContentType);
            if (!cover.IsSuccess) return cover;
        }
        db.AuditEntries.Add(AuditEntry.Record(authorId, ModuleKey.Journal, "journal.submission.revised", $"article:{id}", null, article.Title, now));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.IsSuccess) return saved;
        await indexer.RefreshAsync(ModuleKey.Journal, id.ToString(), cancellationToken);
        await notifications.StatusChangedAsync(id, cancellationToken);
        return Result.Success();
    }

    public async Task<IReadOnlyList<ArticleSummary>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var authorId = user.MemberId();
        if (authorId is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ArticleService.Summaries(db.JournalArticles.AsNoTracking()
                .Where(a => a.AuthorId == authorId && a.IsCitizenSubmission)
                .OrderByDescending(a => a.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<IReadOnlyList<ArticleSummary>>> QueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        IReadOnlyList<ArticleSummary> queue = await ArticleService.Summaries(db.JournalArticles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Submitted || a.Status == ArticleStatus.ChangesRequested)
                .OrderBy(a => a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return Result.Success(queue);
    }

    public async Task<Result> DecideAsync(ClaimsPrincipal user, Guid id, ModerationDecision decision, string? reason, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        var editorId = user.MemberId()!.Value;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.JournalArticles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null) return JournalErrors.ArticleNotFound;
        var before = article.Status.ToString();
        var decided = decision switch
        {
            ModerationDecision.Accept => article.Accept(editorId, now),
            ModerationDecision.RequestChanges => article.RequestChanges(editorId, reason ?? "", now),
            ModerationDecision.Reject => article.Reject(editorId, reason ?? "", now),
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
        if (!decided.IsSuccess) return decided;
        db.AuditEntries.Add(AuditEntry.Record(editorId, ModuleKey.Journal, "journal.submission." + decision.ToString().ToLowerInvariant(), $"article:{id}", before, article.Status.ToString(), now));
        // Another editor decided first: the decision is already made.
        if (!(await db.SaveOrConflictAsync(cancellationToken)).IsSuccess) return JournalErrors.NotInModeration;
        await indexer.RefreshAsync(ModuleKey.Journal, id.ToString(), cancellationToken);
        await notifications.StatusChangedAsync(id, cancellationToken);
        return Result.Success();
    }
}
