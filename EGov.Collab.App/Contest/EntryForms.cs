using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

/// <summary>One extra field as the chair edits it; <see cref="Id"/> is null for a new one.</summary>
public sealed record EntryFieldInput(Guid? Id, string LabelUk, string LabelEn, EntryFieldKind Kind, bool Required, string? Choices);

/// <summary>
/// An extra field's answer as judges and readers see it: the label in the reader's language (<see cref="LabelIsUkrainian"/>
/// when it fell back to Ukrainian), the text, and for a file the address it is served from after the entry's access check.
/// </summary>
public sealed record EntryAnswerView(Guid FieldId, string Label, bool LabelIsUkrainian, EntryFieldKind Kind, string Text, string? FileUrl);

/// <summary>
/// A nomination's configurable entry form: the chair (or an administrator) defines extra fields; applicants answer them
/// (<see cref="ContestRegistration"/> stores the answers); entry pages, judges and exports show them.
/// </summary>
public sealed class EntryForms(IDbContextFactory<CollabDbContext> dbFactory, ContestAccess access, TimeProvider clock)
{
    /// <summary>The nomination's extra fields in order (every applicant and reader may know the form).</summary>
    public async Task<IReadOnlyList<EntryField>> FieldsAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FieldsAsync(db, nominationId, cancellationToken);
    }

    /// <summary>How many files an entry of the nomination may attach (0: none); 0 for an unknown nomination.</summary>
    public async Task<int> MaxAttachmentsAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => n.MaxAttachments).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The nomination's title, fields and attachment limit for the chair's form editor.</summary>
    public async Task<Result<(string Title, IReadOnlyList<EntryField> Fields, int MaxAttachments)>> ForEditingAsync(ClaimsPrincipal user, Guid nominationId,
        CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => new { n.Title, n.MaxAttachments }).SingleOrDefaultAsync(cancellationToken);
        if (nomination is null) return CommonErrors.NotFound;
        return (nomination.Title, await FieldsAsync(db, nominationId, cancellationToken), nomination.MaxAttachments);
    }

    /// <summary>Whether entries of the nomination take attachments (0: none) and how many; entries already holding more keep them.</summary>
    public async Task<Result> SaveAttachmentLimitAsync(ClaimsPrincipal user, Guid nominationId, int maxAttachments, CancellationToken cancellationToken = default)
    {
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.SingleOrDefaultAsync(n => n.Id == nominationId, cancellationToken);
        if (nomination is null) return CommonErrors.NotFound;
        var before = nomination.MaxAttachments;
        if (before == maxAttachments) return Result.Success();
        var allowed = nomination.AllowAttachments(maxAttachments);
        if (!allowed.IsSuccess) return allowed;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.FormChanged, ContestAudit.Nomination(nominationId),
            $"attachments: {before}", $"attachments: {maxAttachments}", clock.GetUtcNow()));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces the nomination's extra fields as a whole, in the order given: new ones added, existing ones changed, the
    /// rest removed. A field applicants answered is neither removed nor changed in kind.
    /// </summary>
    public async Task<Result> SaveFieldsAsync(ClaimsPrincipal user, Guid nominationId, IReadOnlyList<EntryFieldInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!await access.IsChairAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (inputs.Count > EntryField.MaxPerNomination) return ContestErrors.TooManyFields;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ContestNominations.AnyAsync(n => n.Id == nominationId, cancellationToken)) return CommonErrors.NotFound;
        var existing = await db.ContestEntryFields.Where(f => f.NominationId == nominationId).ToListAsync(cancellationToken);
        var existingIds = existing.Select(f => f.Id).ToList();
        var before = Describe(existing);
        var answered = (await db.ContestEntryAnswers.Where(a => existingIds.Contains(a.FieldId)).Select(a => a.FieldId).Distinct()
            .ToListAsync(cancellationToken)).ToHashSet();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = input.Id is { } id ? existing.FirstOrDefault(f => f.Id == id) : null;
            if (input.Id is not null && field is null) return CommonErrors.NotFound;
            var set = field is null
                ? Add(db, EntryField.Create(nominationId, input.LabelUk, input.LabelEn, input.Kind, input.Required, input.Choices, i + 1))
                : field.Change(input.LabelUk, input.LabelEn, input.Kind, input.Required, input.Choices, i + 1, answered.Contains(field.Id));
            // The row it concerns, counted from 1, so the editor can say which field to fix.
            if (!set.IsSuccess) return set.Error! with { Field = (i + 1).ToString(CultureInfo.InvariantCulture) };
        }
        var removed = existing.Where(f => inputs.All(i => i.Id != f.Id)).ToList();
        if (removed.Any(f => answered.Contains(f.Id))) return ContestErrors.FieldInUse;
        db.ContestEntryFields.RemoveRange(removed);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Contest, ContestAudit.FormChanged, ContestAudit.Nomination(nominationId),
            before, Describe(inputs.Select(i => $"{i.LabelUk} ({i.Kind}{(i.Required ? ", *" : "")})")), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>An entry's stored answers by field (for its applicant's form; the caller checked ownership).</summary>
    public async Task<IReadOnlyDictionary<Guid, AnswerInput>> AnswersAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContestEntryAnswers.AsNoTracking().Where(a => a.EntryId == entryId)
            .ToDictionaryAsync(a => a.FieldId, a => new AnswerInput(a.Text, a.DocumentId), cancellationToken);
    }

    /// <summary>The answers of an entry as shown to readers, in the form's order; file answers only where <paramref name="withFiles"/>.</summary>
    internal static async Task<IReadOnlyList<EntryAnswerView>> ViewsAsync(CollabDbContext db, Guid entryId, Guid nominationId, bool withFiles,
        CancellationToken cancellationToken)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var fields = await FieldsAsync(db, nominationId, cancellationToken);
        var answers = await db.ContestEntryAnswers.AsNoTracking().Where(a => a.EntryId == entryId).ToListAsync(cancellationToken);
        return fields
            .Where(f => withFiles || f.Kind != EntryFieldKind.File)
            .Select(f => (Field: f, Answer: answers.FirstOrDefault(a => a.FieldId == f.Id)))
            .Where(x => x.Answer is not null)
            .Select(x => new EntryAnswerView(x.Field.Id, x.Field.Label(english), !english || x.Field.LabelEn.Length == 0, x.Field.Kind, x.Answer!.Text,
                x.Field.Kind == EntryFieldKind.File && x.Answer.DocumentId is not null ? FileUrl(entryId, x.Field.Id) : null))
            .ToList();
    }

    /// <summary>What a file field takes: documents and photos, within the contest's attachment size.</summary>
    public static EGov.Collab.App.Common.Documents.DocumentUpload Upload(Guid? memberId) =>
        new([.. EGov.Collab.Domain.Common.Documents.DocumentKinds.Documents, EGov.Collab.Domain.Common.Documents.DocumentKind.Png,
            EGov.Collab.Domain.Common.Documents.DocumentKind.Jpeg], memberId, AttachmentRules.MaxBytes);

    public static string FileUrl(Guid entryId, Guid fieldId) => $"/contest/entries/{entryId}/answers/{fieldId}";

    /// <summary>Every answer of every entry of a nomination, by entry and field (for the exports).</summary>
    internal static async Task<(IReadOnlyList<EntryField> Fields, IReadOnlyDictionary<(Guid EntryId, Guid FieldId), string> Answers)> TableAsync(
        CollabDbContext db, Guid nominationId, CancellationToken cancellationToken)
    {
        var fields = await FieldsAsync(db, nominationId, cancellationToken);
        var fieldIds = fields.Select(f => f.Id).ToList();
        var answers = await db.ContestEntryAnswers.AsNoTracking().Where(a => fieldIds.Contains(a.FieldId))
            .Select(a => new { a.EntryId, a.FieldId, a.Text }).ToListAsync(cancellationToken);
        return (fields, answers.ToDictionary(a => (a.EntryId, a.FieldId), a => a.Text));
    }

    private static async Task<IReadOnlyList<EntryField>> FieldsAsync(CollabDbContext db, Guid nominationId, CancellationToken cancellationToken) =>
        await db.ContestEntryFields.AsNoTracking().Where(f => f.NominationId == nominationId).OrderBy(f => f.Order).ToListAsync(cancellationToken);

    private static Result Add(CollabDbContext db, Result<EntryField> created)
    {
        if (!created.IsSuccess) return created.Error!;
        db.ContestEntryFields.Add(created.Value);
        return Result.Success();
    }

    private static string Describe(IEnumerable<EntryField> fields) => Describe(fields.Select(f => $"{f.LabelUk} ({f.Kind}{(f.Required ? ", *" : "")})"));

    private static string Describe(IEnumerable<string> parts) => string.Join("; ", parts);
}
