using System.Globalization;
using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

public sealed record ResponseView(Guid MemberId, string MemberName, Stance Stance, string? Text, DateTimeOffset At);

public sealed record AmendmentView(Amendment Amendment, string AuthorName, string? DeciderName, IReadOnlyList<ResponseView> Responses);

/// <summary>
/// Amendments: propose, respond (support / oppose / comment, tally live on every open page), and the chair's decision.
/// An accepted amendment is applied through <see cref="IDraftEditing.ApplyAsync"/> credited to its author.
/// </summary>
public sealed class Amendments(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock, DraftAccess access, IDraftEditing editing,
    DraftingLive live, INotifier notifier, ILogger<Amendments> logger, IStringLocalizer<DraftingResource> text)
{
    public async Task<IReadOnlyList<AmendmentView>> ListAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RightsAsync(user, draftId, cancellationToken)).CanRead) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var amendments = await db.Amendments.AsNoTracking().Include(a => a.Responses).Where(a => a.DraftId == draftId)
            .OrderBy(a => a.ProposedAt).ToListAsync(cancellationToken);
        var ids = amendments.SelectMany(a => a.Responses.Select(r => r.MemberId).Append(a.AuthorId).Concat(a.DecidedBy is { } d ? [d] : [])).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return amendments.Select(a => new AmendmentView(a, names.GetValueOrDefault(a.AuthorId, "?"),
            a.DecidedBy is { } by ? names.GetValueOrDefault(by) : null,
            a.Responses.OrderBy(r => r.At).Select(r => new ResponseView(r.MemberId, names.GetValueOrDefault(r.MemberId, "?"), r.Stance, r.Text, r.At)).ToList())).ToList();
    }

    /// <summary>How many amendments stand in each state (every state listed, zero included).</summary>
    public async Task<IReadOnlyDictionary<AmendmentStatus, int>> TallyAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RightsAsync(user, draftId, cancellationToken)).CanRead) return new Dictionary<AmendmentStatus, int>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Amendments.Where(a => a.DraftId == draftId).GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Enum.GetValues<AmendmentStatus>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    public async Task<Result<Guid>> ProposeAsync(ClaimsPrincipal user, Guid draftId, AmendmentKind kind, Guid provisionId, string? text,
        ProvisionKind? newKind, string rationale, CancellationToken cancellationToken = default)
    {
        var rights = await access.RightsAsync(user, draftId, cancellationToken);
        if (!rights.CanContribute) return CommonErrors.Forbidden;
        var (document, revision) = await editing.CurrentAsync(draftId, cancellationToken);
        var target = document.Find(provisionId);
        if (target is null) return DraftingErrors.ProvisionGone;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!rights.IsMember)
        {
            var draft = await db.Drafts.AsNoTracking().SingleAsync(d => d.Id == draftId, cancellationToken);
            if (!draft.AcceptsPublicAmendments(now)) return DraftingErrors.AmendmentDeadlinePassed;
        }
        var proposed = Amendment.Propose(draftId, rights.MemberId!.Value, kind, target, text, newKind, rationale, revision, !rights.IsMember, now);
        if (!proposed.IsSuccess) return proposed.Error!;
        db.Amendments.Add(proposed.Value);
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(draftId, "amendment-proposed");
        return proposed.Value.Id;
    }

    public async Task<Result> RespondAsync(ClaimsPrincipal user, Guid amendmentId, Stance stance, string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var amendment = await db.Amendments.Include(a => a.Responses).SingleOrDefaultAsync(a => a.Id == amendmentId, cancellationToken);
        if (amendment is null) return CommonErrors.NotFound;
        var rights = await access.RightsAsync(user, amendment.DraftId, cancellationToken);
        if (!rights.CanContribute) return CommonErrors.Forbidden;
        var responded = amendment.Respond(rights.MemberId!.Value, stance, text, clock.GetUtcNow());
        if (!responded.IsSuccess) return responded.Error!;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(amendment.DraftId, "amendment-response");
        return Result.Success();
    }

    /// <summary>
    /// Accepts once: the decision is claimed under the amendment's version token before the text changes, so a second
    /// chair or a double click gets "already decided" and the text is changed once.
    /// </summary>
    public async Task<Result> AcceptAsync(ClaimsPrincipal user, Guid amendmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var amendment = await db.Amendments.SingleOrDefaultAsync(a => a.Id == amendmentId, cancellationToken);
        if (amendment is null) return CommonErrors.NotFound;
        var rights = await access.RightsAsync(user, amendment.DraftId, cancellationToken);
        if (!rights.IsChair) return DraftingErrors.NotChair;
        if (amendment.Status != AmendmentStatus.Open) return DraftingErrors.AmendmentAlreadyDecided;
        var (document, _) = await editing.CurrentAsync(amendment.DraftId, cancellationToken);
        var operations = amendment.ToOperations(document);
        if (!operations.IsSuccess) return operations.Error!;
        var now = clock.GetUtcNow();
        var claimed = amendment.Accept(rights.MemberId!.Value, now);
        if (!claimed.IsSuccess) return claimed;
        if (!(await db.SaveOrConflictAsync(cancellationToken)).IsSuccess) return DraftingErrors.AmendmentAlreadyDecided;
        var applied = await editing.ApplyAsync(amendment.DraftId, amendment.AuthorId, operations.Value, cancellationToken);
        if (!applied.IsSuccess)
        {
            amendment.UndoAcceptance();
            await db.SaveOrConflictAsync(CancellationToken.None);
            return applied.Error!;
        }
        amendment.RecordApplied(applied.Value);
        db.AuditEntries.Add(DraftingAudit.Record(rights.MemberId, DraftingAudit.AmendmentAccepted, DraftingAudit.Draft(amendment.DraftId),
            amendment.OriginalText, amendment.ProposedText ?? $"{amendment.Kind}", now));
        await db.SaveOrConflictAsync(CancellationToken.None);
        await live.PublishAsync(amendment.DraftId, "amendment-accepted");
        await NotifyAuthorAsync(db, amendment, cancellationToken);
        return Result.Success();
    }

    public async Task<Result> RejectAsync(ClaimsPrincipal user, Guid amendmentId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var amendment = await db.Amendments.SingleOrDefaultAsync(a => a.Id == amendmentId, cancellationToken);
        if (amendment is null) return CommonErrors.NotFound;
        var rights = await access.RightsAsync(user, amendment.DraftId, cancellationToken);
        if (!rights.IsChair) return DraftingErrors.NotChair;
        var now = clock.GetUtcNow();
        var rejected = amendment.Reject(rights.MemberId!.Value, reason, now);
        if (!rejected.IsSuccess) return rejected;
        db.AuditEntries.Add(DraftingAudit.Record(rights.MemberId, DraftingAudit.AmendmentRejected, DraftingAudit.Draft(amendment.DraftId),
            amendment.ProposedText ?? $"{amendment.Kind}", amendment.DecisionReason, now));
        if (!(await db.SaveOrConflictAsync(cancellationToken)).IsSuccess) return DraftingErrors.AmendmentAlreadyDecided;
        await live.PublishAsync(amendment.DraftId, "amendment-rejected");
        await NotifyAuthorAsync(db, amendment, cancellationToken);
        return Result.Success();
    }

    /// <summary>The author takes an open amendment back (once; a decided one stays decided).</summary>
    public async Task<Result> WithdrawAsync(ClaimsPrincipal user, Guid amendmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var amendment = await db.Amendments.SingleOrDefaultAsync(a => a.Id == amendmentId, cancellationToken);
        if (amendment is null) return CommonErrors.NotFound;
        var rights = await access.RightsAsync(user, amendment.DraftId, cancellationToken);
        if (rights.MemberId is not { } memberId || !rights.CanRead) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var withdrawn = amendment.Withdraw(memberId, now);
        if (!withdrawn.IsSuccess) return withdrawn;
        db.AuditEntries.Add(DraftingAudit.Record(memberId, DraftingAudit.AmendmentWithdrawn, DraftingAudit.Draft(amendment.DraftId),
            amendment.ProposedText ?? $"{amendment.Kind}", null, now));
        if (!(await db.SaveOrConflictAsync(cancellationToken)).IsSuccess) return DraftingErrors.AmendmentAlreadyDecided;
        await live.PublishAsync(amendment.DraftId, "amendment-withdrawn");
        return Result.Success();
    }

#pragma warning disable CA1031 // The decision stands even if the mail cannot go; it is logged.
    /// <summary>Under the author's bell, and by mail (in the author's language) as they chose.</summary>
    private async Task NotifyAuthorAsync(CollabDbContext db, Amendment amendment, CancellationToken cancellationToken)
    {
        try
        {
            var author = await db.Users.Where(u => u.Id == amendment.AuthorId).Select(u => new { u.Email, u.PreferredCulture }).SingleAsync(cancellationToken);
            var title = await db.Drafts.Where(d => d.Id == amendment.DraftId).Select(d => d.Title).SingleAsync(cancellationToken);
            var decision = amendment.Status == AmendmentStatus.Accepted ? "Accepted" : "Rejected";
            string subject, html, plain, status;
            using (RecipientCulture.Use(author.PreferredCulture))
            {
                status = text["Status." + amendment.Status].Value;
                subject = string.Format(CultureInfo.CurrentCulture, text[$"Mail.Amendment.{decision}.Subject"], title);
                var body = string.Format(CultureInfo.CurrentCulture, text[$"Mail.Amendment.{decision}.Body"], title);
                var reason = amendment.DecisionReason is null ? null : string.Format(CultureInfo.CurrentCulture, text["Mail.Amendment.Reason"], amendment.DecisionReason);
                plain = reason is null ? $"{body}\n" : $"{body}\n{reason}\n";
                html = $"<p>{WebUtility.HtmlEncode(body)}</p>" + (reason is null ? "" : $"<p>{WebUtility.HtmlEncode(reason)}</p>");
            }
            var message = author.Email is null ? null : new PortalMail(author.Email, subject, html, plain);
            await notifier.NotifyAsync(amendment.AuthorId, NotificationTypes.DraftingAmendmentDecided, [title, status],
                $"/drafting/drafts/{amendment.DraftId}", message, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not notify the author of amendment {AmendmentId}", amendment.Id);
        }
    }
#pragma warning restore CA1031
}
