using EGov.Collab.App.Common.SearchIndex;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Journal;

/// <summary>Reading the journal (anyone) and editors' own articles. Moderation of members' submissions is in <see cref="SubmissionService"/>.</summary>
public sealed class ArticleService(IDbContextFactory<CollabDbContext> dbFactory, JournalAccess access, TimeProvider clock, ISearchIndexer indexer)
{
    public const int PageSize = 20;

    public async Task<IReadOnlyList<Section>> SectionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.JournalSections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleSummary>> PublishedAsync(Guid? sectionId = null, string? tag = null, int max = PageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.JournalArticles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);
        if (sectionId is not null) query = query.Where(a => a.SectionId == sectionId);
        var list = await Summaries(query.OrderByDescending(a => a.PublishedAt)).ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(tag)) list = list.Where(a => a.Tags.Contains(tag.Trim().ToLowerInvariant())).ToList();
        return list.Take(max).ToList();
    }

    /// <summary>A published article for anyone; an unpublished one only for its author and editors.</summary>
    public async Task<Article?> ReadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.JournalArticles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null) return null;
        if (article.IsPublic || article.AuthorId == user.MemberId()) return article;
        return await access.IsEditorAsync(user, cancellationToken) ? article : null;
    }

    /// <summary>The form to edit an article with, carrying the version it was read at.</summary>
    public async Task<ArticleForm?> EditFormAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var article = await ReadAsync(id, user, cancellationToken);
        if (article is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var form = ArticleForm.From(article);
        form.Version = await db.JournalArticles.Where(a => a.Id == id)
            .Select(a => EF.Property<Guid>(a, ConcurrencyStamps.PropertyName)).SingleAsync(cancellationToken);
        return form;
    }

    /// <summary>Makes the save a conflict when the article changed after <paramref name="form"/> was opened.</summary>
    internal static void ExpectVersion(CollabDbContext db, Article article, ArticleForm form)
    {
        if (form.Version is { } version) db.Entry(article).Property<Guid>(ConcurrencyStamps.PropertyName).OriginalValue = version;
    }

    public async Task<(byte[] Image, string ContentType)?> CoverAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cover = await db.JournalArticles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Published && a.Cover != null)
            .Select(a => new { a.Cover, a.CoverContentType })
            .SingleOrDefaultAsync(cancellationToken);
        return cover is null ? null : (cover.Cover!, cover.CoverContentType!);
    }

    /// <summary>An editor writes and publishes an article at once.</summary>
    public async Task<Result<Guid>> PublishAsync(ClaimsPrincipal user, ArticleForm form, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editorId = user.MemberId()!.Value;
        var name = await db.Users.Where(u => u.Id == editorId).Select(u => u.FullName).SingleAsync(cancellationToken);
        var created = Article.Publish(form.ToContent(), editorId, name, now);
        if (!created.IsSuccess) return created.Error!;
        var cover = created.Value.SetCover(form.Cover, form.CoverContentType);
        if (!cover.IsSuccess) return cover.Error!;
        if (!await db.JournalSections.AnyAsync(s => s.Id == form.SectionId, cancellationToken)) return JournalErrors.SectionRequired;
        db.JournalArticles.Add(created.Value);
        db.AuditEntries.Add(AuditEntry.Record(editorId, ModuleKey.Journal, "journal.article.published", $"article:{created.Value.Id}", null, created.Value.Title, now));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Journal, created.Value.Id.ToString(), cancellationToken);
        return created.Value.Id;
    }

    /// <summary>An editor edits any article (in moderation or published); its status stays.</summary>
    public async Task<Result> EditAsync(ClaimsPrincipal user, Guid id, ArticleForm form, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.JournalArticles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null) return JournalErrors.ArticleNotFound;
        ExpectVersion(db, article, form);
        var before = article.Title;
        var edited = article.EditByEditor(form.ToContent(), now);
        if (!edited.IsSuccess) return edited;
        if (form.RemoveCover || form.Cover is not null)
        {
            var cover = article.SetCover(form.RemoveCover ? null : form.Cover, form.CoverContentType);
            if (!cover.IsSuccess) return cover;
        }
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Journal, "journal.article.edited", $"article:{id}", before, article.Title, now));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.IsSuccess) return saved;
        await indexer.RefreshAsync(ModuleKey.Journal, id.ToString(), cancellationToken);
        return Result.Success();
    }

    internal static IQueryable<ArticleSummary> Summaries(IQueryable<Article> query) =>
        query.Select(a => new ArticleSummary(a.Id, a.Title, a.Summary, a.SectionId, a.AuthorName, a.PublishedAt, a.ReadingMinutes,
            a.TagList == "" ? Array.Empty<string>() : a.TagList.Split(',', StringSplitOptions.None), a.Cover != null, a.Status,
            a.ModerationReason, a.UpdatedAt, a.IsCitizenSubmission));
}
