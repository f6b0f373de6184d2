using System.Security.Claims;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

public sealed record OpinionView(Guid Id, Guid AuthorId, string SubjectKind, Guid SubjectId, string SubjectTitle, string? SubjectLink,
    string Summary, string AnalysisHtml, string RecommendationHtml, string Signature, DateTimeOffset PublishedAt);

/// <summary>Publishing signed expert opinions on other modules' subjects, and reading them by subject or by expert.</summary>
public sealed class ExpertOpinions(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access, IOpinionSubjects subjects, TimeProvider clock)
{
    public async Task<Result<Guid>> PublishAsync(ClaimsPrincipal user, string kind, Guid subjectId, string? summary, string? analysis, string? recommendation, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (viewer.MemberId is not { } memberId || !viewer.IsClubMember) return ClubErrors.NotAMember;
        if (string.IsNullOrWhiteSpace(kind) || subjectId == Guid.Empty) return CommonErrors.Required("Subject");
        // Only a subject the author may read: otherwise an opinion would publish a private subject's title.
        var readable = await subjects.ListAsync(user, cancellationToken);
        var subject = readable.FirstOrDefault(s => string.Equals(s.Kind, kind, StringComparison.Ordinal) && s.Id == subjectId);
        if (subject is null) return new Error("ExpertClub.UnknownSubject", "Subject");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var signer = await (from u in db.Users
                            where u.Id == memberId
                            join o in db.Organisations on u.OrganisationId equals o.Id into organisations
                            from o in organisations.DefaultIfEmpty()
                            select new { u.FullName, u.Position, Organisation = o == null ? null : o.Name }).SingleAsync(cancellationToken);
        var signature = string.Join(", ", new[] { signer.FullName, signer.Position, signer.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var now = clock.GetUtcNow();
        var opinion = ExpertOpinion.Publish(memberId, subject.Kind, subject.Id, subject.Title, summary, analysis, recommendation, signature, now);
        if (!opinion.IsSuccess) return opinion.Error!;
        db.ExpertOpinions.Add(opinion.Value);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.ExpertClub, "ExpertClub.Audit.OpinionPublished", $"{subject.Kind}:{subject.Id}", null, opinion.Value.Summary, now));
        await db.SaveChangesAsync(cancellationToken);
        return opinion.Value.Id;
    }

    public Task<IReadOnlyList<OpinionView>> ForSubjectAsync(string kind, Guid subjectId, CancellationToken cancellationToken = default) =>
        QueryAsync(o => o.SubjectKind == kind && o.SubjectId == subjectId, cancellationToken);

    public Task<IReadOnlyList<OpinionView>> ByExpertAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        QueryAsync(o => o.AuthorId == memberId, cancellationToken);

    public async Task<OpinionView?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(o => o.Id == id, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<OpinionView>> QueryAsync(System.Linq.Expressions.Expression<Func<ExpertOpinion, bool>> filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ExpertOpinions.AsNoTracking().Where(filter).OrderByDescending(o => o.PublishedAt).Take(200).ToListAsync(cancellationToken);
        var views = new List<OpinionView>();
        foreach (var o in rows)
        {
            var subject = await subjects.FindAsync(o.SubjectKind, o.SubjectId, cancellationToken);
            views.Add(new OpinionView(o.Id, o.AuthorId, o.SubjectKind, o.SubjectId, o.SubjectTitle, subject?.Link, o.Summary,
                Common.SafeHtml.FromMarkdown(o.Analysis), Common.SafeHtml.FromMarkdown(o.Recommendation), o.Signature, o.PublishedAt));
        }
        return views;
    }
}
