using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Contest;

public sealed record MyEntryRow(Guid Id, string Title, string Nomination, EntryStatus Status, string? Reason, DateTimeOffset UpdatedAt);

/// <summary>Applicants register entries: draft, attachments, submission before the deadline, a confirmation email.</summary>
public sealed class ContestRegistration(
    IDbContextFactory<CollabDbContext> dbFactory,
    ModuleAccess access,
    ContestAccess contestAccess,
    IMailSender mail,
    PortalPaths paths,
    IStringLocalizer<ContestResource> text,
    TimeProvider clock)
{
    public string AttachmentFolder => Path.Combine(paths.DataFolder, "contest", "attachments");

    public async Task<Result<Entry>> LoadOwnAsync(ClaimsPrincipal user, Guid entryId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null) return CommonErrors.NotFound;
        return entry.ApplicantId == memberId.Value ? entry : ContestErrors.NotEntryOwner;
    }

    public async Task<IReadOnlyList<MyEntryRow>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from e in db.ContestEntries.AsNoTracking()
                          where e.ApplicantId == memberId.Value
                          join n in db.ContestNominations on e.NominationId equals n.Id
                          select new MyEntryRow(e.Id, e.Title, n.Title, e.Status, e.ScreeningReason, e.UpdatedAt)).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.UpdatedAt)];
    }

    /// <summary>
    /// Creates or updates the applicant's draft; returns its id. <paramref name="answers"/> are the answers to the
    /// nomination's extra fields (null leaves the stored ones as they are; a blank answer removes one).
    /// </summary>
    public async Task<Result<Guid>> SaveDraftAsync(ClaimsPrincipal user, Guid? entryId, EntryForm form, IReadOnlyDictionary<Guid, AnswerInput>? answers = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var allowed = await access.EnsureAsync(user, ModuleKey.Contest, ModuleAction.Participate, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var memberId = user.MemberId()!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == form.NominationId, cancellationToken);
        if (nomination is null) return CommonErrors.Required("NominationId");
        var now = clock.GetUtcNow();
        if (!PhaseRules.IsRegistrationOpen(nomination.Phase, nomination.Schedule, now)) return ContestErrors.RegistrationClosed;
        if (form.CommunityId is not null && !await db.Communities.AnyAsync(c => c.Id == form.CommunityId, cancellationToken))
            return CommonErrors.Invalid("CommunityId");
        var fields = await db.ContestEntryFields.AsNoTracking().Where(f => f.NominationId == nomination.Id).OrderBy(f => f.Order).ToListAsync(cancellationToken);
        if (answers is not null)
        {
            var valid = EntryFieldRules.Validate(fields, answers, final: false);
            if (!valid.IsSuccess) return valid.Error!;
        }
        Entry entry;
        if (entryId is null)
        {
            var organisationId = await db.Users.Where(u => u.Id == memberId).Select(u => u.OrganisationId).SingleAsync(cancellationToken);
            var created = Entry.Draft(memberId, organisationId, form, now);
            if (!created.IsSuccess) return created.Error!;
            entry = created.Value;
            db.ContestEntries.Add(entry);
        }
        else
        {
            entry = (await db.ContestEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken))!;
            if (entry is null) return CommonErrors.NotFound;
            if (entry.ApplicantId != memberId) return ContestErrors.NotEntryOwner;
            var edited = entry.Edit(form, now);
            if (!edited.IsSuccess) return edited.Error!;
        }
        if (answers is not null) await StoreAnswersAsync(db, entry.Id, fields, answers, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }

    /// <summary>Writes the answers to the nomination's fields; answers to other fields (a draft moved to another nomination) go.</summary>
    private static async Task StoreAnswersAsync(CollabDbContext db, Guid entryId, IReadOnlyList<EntryField> fields, IReadOnlyDictionary<Guid, AnswerInput> answers,
        CancellationToken cancellationToken)
    {
        var stored = await db.ContestEntryAnswers.Where(a => a.EntryId == entryId).ToListAsync(cancellationToken);
        foreach (var answer in stored.Where(a => fields.All(f => f.Id != a.FieldId) || answers.GetValueOrDefault(a.FieldId) is null or { IsBlank: true }))
            db.ContestEntryAnswers.Remove(answer);
        foreach (var field in fields)
        {
            if (answers.GetValueOrDefault(field.Id) is not { IsBlank: false } input) continue;
            var row = stored.FirstOrDefault(a => a.FieldId == field.Id);
            if (row is null) db.ContestEntryAnswers.Add(EntryAnswer.Create(entryId, field.Id, input));
            else row.Change(input);
        }
    }

    /// <summary>Saves and submits; every field is needed and the deadline must not have passed. Sends the confirmation.</summary>
    public async Task<Result<Guid>> SubmitAsync(ClaimsPrincipal user, Guid? entryId, EntryForm form, IReadOnlyDictionary<Guid, AnswerInput>? answers = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var complete = form.ValidateForSubmission();
        if (!complete.IsSuccess) return complete.Error!;
        var saved = await SaveDraftAsync(user, entryId, form, answers, cancellationToken);
        if (!saved.IsSuccess) return saved;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.SingleAsync(e => e.Id == saved.Value, cancellationToken);
        var nomination = await db.ContestNominations.AsNoTracking().SingleAsync(n => n.Id == entry.NominationId, cancellationToken);
        // The extra fields are checked as stored (the draft above kept whatever was typed), required ones included.
        var fields = await db.ContestEntryFields.AsNoTracking().Where(f => f.NominationId == nomination.Id).OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var fieldIds = fields.Select(f => f.Id).ToList();
        var stored = await db.ContestEntryAnswers.AsNoTracking().Where(a => a.EntryId == entry.Id && fieldIds.Contains(a.FieldId))
            .ToDictionaryAsync(a => a.FieldId, a => new AnswerInput(a.Text, a.DocumentId), cancellationToken);
        var answered = EntryFieldRules.Validate(fields, stored, final: true);
        if (!answered.IsSuccess) return answered.Error!;
        var now = clock.GetUtcNow();
        var submitted = entry.Submit(nomination.Schedule, nomination.Phase, now);
        if (!submitted.IsSuccess) return submitted.Error!;
        db.AuditEntries.Add(AuditEntry.Record(entry.ApplicantId, ModuleKey.Contest, ContestAudit.EntrySubmitted, ContestAudit.Entry(entry.Id), null, entry.Title, now));
        await db.SaveChangesAsync(cancellationToken);
        var email = await db.Users.Where(u => u.Id == entry.ApplicantId).Select(u => u.Email).SingleAsync(cancellationToken);
        if (email is not null)
        {
            var subject = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Contest.Mail.Subject"], entry.Title);
            var body = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Contest.Mail.Body"], entry.Title, nomination.Title);
            await mail.SendAsync(new PortalMail(email, subject, $"<p>{WebUtility.HtmlEncode(body)}</p>", body), cancellationToken);
        }
        return entry.Id;
    }

    public async Task<Result> AttachAsync(ClaimsPrincipal user, Guid entryId, string fileName, long size, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var own = await LoadOwnAsync(user, entryId, cancellationToken);
        if (!own.IsSuccess) return own;
        if (own.Value.Status != EntryStatus.Draft) return ContestErrors.EntryAlreadySubmitted;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var count = await db.ContestAttachments.CountAsync(a => a.EntryId == entryId, cancellationToken);
        var allowed = await db.ContestNominations.Where(n => n.Id == own.Value.NominationId).Select(n => n.MaxAttachments).SingleAsync(cancellationToken);
        var valid = AttachmentRules.Validate(fileName, size, count, allowed);
        if (!valid.IsSuccess) return valid;
        var attachment = EntryAttachment.Create(entryId, fileName, size, clock.GetUtcNow());
        Directory.CreateDirectory(AttachmentFolder);
        var path = Path.Combine(AttachmentFolder, attachment.StoredName);
        // Checked by content: the first bytes must be what the extension claims.
        var head = new byte[DocumentRules.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (!AttachmentRules.ContentMatches(fileName, head.AsSpan(0, headLength))) return ContestErrors.AttachmentType;
        await using (var file = File.Create(path))
        {
            await file.WriteAsync(head.AsMemory(0, headLength), cancellationToken);
            await content.CopyToAsync(file, cancellationToken);
            if (file.Length > AttachmentRules.MaxBytes)
            {
                file.Close();
                File.Delete(path);
                return ContestErrors.AttachmentTooLarge;
            }
        }
        db.ContestAttachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<IReadOnlyList<EntryAttachment>> AttachmentsAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContestAttachments.AsNoTracking().Where(a => a.EntryId == entryId).OrderBy(a => a.UploadedAt).ToListAsync(cancellationToken);
    }

    /// <summary>An attachment for its applicant, the jury, experts and administrators; others get nothing.</summary>
    public async Task<(EntryAttachment Attachment, string Path)?> OpenAttachmentAsync(ClaimsPrincipal user, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attachment = await db.ContestAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        if (attachment is null) return null;
        var mayRead = await MayReadFilesAsync(db, user, memberId.Value, attachment.EntryId, cancellationToken);
        if (!mayRead) return null;
        var path = Path.Combine(AttachmentFolder, attachment.StoredName);
        return File.Exists(path) ? (attachment, path) : null;
    }

    /// <summary>A file answer's document and name, for whoever may open the entry's files; null for anyone else.</summary>
    public async Task<(Guid DocumentId, string FileName)?> OpenAnswerFileAsync(ClaimsPrincipal user, Guid entryId, Guid fieldId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var answer = await db.ContestEntryAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.EntryId == entryId && a.FieldId == fieldId, cancellationToken);
        if (answer?.DocumentId is not { } documentId) return null;
        if (!await MayReadFilesAsync(db, user, memberId.Value, entryId, cancellationToken)) return null;
        return (documentId, answer.Text);
    }

    /// <summary>
    /// Who opens an entry's files (attachments and file answers): the applicant; the contest's administrators; the jury
    /// of the entry's own nomination once it is submitted; the chair and the contest's experts once it passed screening
    /// (they judge what is in the contest, nothing else); jurors and experts only their assigned entries once the chair
    /// assigns. Any other contest role, and every juror before submission, is refused.
    /// </summary>
    internal async Task<bool> MayReadFilesAsync(CollabDbContext db, ClaimsPrincipal user, Guid memberId, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.ContestEntries.Where(e => e.Id == entryId)
            .Select(e => new { e.ApplicantId, e.NominationId, e.Status }).SingleOrDefaultAsync(cancellationToken);
        if (entry is null) return false;
        return entry.ApplicantId == memberId
            || await access.CanAsync(user, ModuleKey.Contest, ModuleAction.Administer, cancellationToken)
            || (entry.Status == EntryStatus.Eligible && await contestAccess.IsChairAsync(user, cancellationToken))
            || (entry.Status != EntryStatus.Draft
                && await db.ContestPanel.AnyAsync(p => p.NominationId == entry.NominationId && p.MemberId == memberId, cancellationToken)
                && await ReviewerAssignments.MayReviewAsync(db, entry.NominationId, entryId, memberId, ReviewerRole.Juror, cancellationToken))
            || (entry.Status == EntryStatus.Eligible
                && await contestAccess.HasRoleAsync(user, ModuleRole.Expert, cancellationToken)
                && await ReviewerAssignments.MayReviewAsync(db, entry.NominationId, entryId, memberId, ReviewerRole.Expert, cancellationToken));
    }
}
