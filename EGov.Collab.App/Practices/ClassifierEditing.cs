using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>What the module administrator types for one concept; <see cref="Id"/> null adds a new one.</summary>
public sealed record ConceptForm(Guid? Id, ConceptScheme Scheme, string Notation, string LabelUk, string LabelEn, Guid? BroaderId);

/// <summary>The module administrator's edits of the classifier: loops and deleting what is still used are refused.</summary>
public sealed class ClassifierEditing(IDbContextFactory<CollabDbContext> dbFactory, PracticesAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<Concept>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PracticeClassifier.AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>How many practices use each concept, for the editor to see what a deletion would hit.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> UsageAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PracticeConcepts.GroupBy(c => c.ConceptId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    public async Task<Result<Guid>> SaveAsync(ClaimsPrincipal user, ConceptForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scheme = await db.PracticeClassifier.Where(c => c.Scheme == form.Scheme).ToListAsync(cancellationToken);
        Concept concept;
        string? before = null;
        if (form.Id is { } id)
        {
            var found = scheme.SingleOrDefault(c => c.Id == id);
            if (found is null) return CommonErrors.NotFound;
            concept = found;
            before = $"{concept.Notation} {concept.LabelUk} / {concept.LabelEn} ⊂ {concept.BroaderId}";
            var renamed = concept.Rename(form.Notation, form.LabelUk, form.LabelEn);
            if (!renamed.IsSuccess) return renamed.Error!;
        }
        else
        {
            var created = Concept.Create(form.Scheme, form.Notation, form.LabelUk, form.LabelEn);
            if (!created.IsSuccess) return created.Error!;
            concept = created.Value;
            db.PracticeClassifier.Add(concept);
        }
        if (scheme.Any(c => c.Id != concept.Id && string.Equals(c.Notation, concept.Notation, StringComparison.OrdinalIgnoreCase)))
            return PracticeErrors.NotationTaken;
        var broader = form.BroaderId is { } broaderId ? scheme.SingleOrDefault(c => c.Id == broaderId) : null;
        if (form.BroaderId is not null && broader is null) return PracticeErrors.BroaderOtherScheme;
        var moved = concept.MoveUnder(broader, scheme.ToDictionary(c => c.Id, c => c.BroaderId));
        if (!moved.IsSuccess) return moved.Error!;
        var now = clock.GetUtcNow();
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Practices, PracticeAudit.ConceptSaved, $"concept:{concept.Id}", before,
            $"{concept.Notation} {concept.LabelUk} / {concept.LabelEn} ⊂ {concept.BroaderId}", now));
        await db.SaveChangesAsync(cancellationToken);
        return concept.Id;
    }

    public async Task<Result> DeleteAsync(ClaimsPrincipal user, Guid conceptId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var concept = await db.PracticeClassifier.SingleOrDefaultAsync(c => c.Id == conceptId, cancellationToken);
        if (concept is null) return CommonErrors.NotFound;
        if (await db.PracticeConcepts.AnyAsync(c => c.ConceptId == conceptId, cancellationToken)) return PracticeErrors.ConceptInUse;
        if (concept.Scheme == ConceptScheme.Region && await db.Practices.AnyAsync(p => p.RegionCode == concept.Notation, cancellationToken))
            return PracticeErrors.ConceptInUse;
        if (await db.PracticeClassifier.AnyAsync(c => c.BroaderId == conceptId, cancellationToken)) return PracticeErrors.ConceptHasNarrower;
        db.PracticeClassifier.Remove(concept);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Practices, PracticeAudit.ConceptDeleted, $"concept:{concept.Id}",
            $"{concept.Notation} {concept.LabelUk} / {concept.LabelEn}", null, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
