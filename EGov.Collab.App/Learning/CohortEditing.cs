using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

/// <summary>What the cohort's edit form holds; dates are nullable so an empty field is a message, not an exception.</summary>
public sealed class CohortForm
{
    public string Name { get; set; } = "";
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public DateTime? ClosesOn { get; set; }
    public int? Capacity { get; set; }
    public bool SelfEnrolment { get; set; }

    public static CohortForm From(Cohort cohort) => new()
    {
        Name = cohort.Name,
        StartsOn = cohort.StartsOn.ToDateTime(TimeOnly.MinValue),
        EndsOn = cohort.EndsOn.ToDateTime(TimeOnly.MinValue),
        ClosesOn = PortalTime.ToKyiv(cohort.ClosesAt).Date,
        Capacity = cohort.Capacity,
        SelfEnrolment = cohort.SelfEnrolment,
    };
}

/// <summary>The cohort's trainer or an administrator changes its name, dates and capacity, or closes it early.</summary>
public sealed class CohortEditing(IDbContextFactory<CollabDbContext> dbFactory, LearningAuthorisation authorisation, TimeProvider clock)
{
    public async Task<Result> UpdateAsync(ClaimsPrincipal user, Guid cohortId, CohortForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.StartsOn is null) return CommonErrors.Required("StartsOn");
        if (form.EndsOn is null) return CommonErrors.Required("EndsOn");
        if (form.ClosesOn is null) return CommonErrors.Required("ClosesOn");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var allowed = await authorisation.EnsureCanManageAsync(user, cohort, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        var before = $"{cohort.Name} {cohort.StartsOn:yyyy-MM-dd}…{cohort.EndsOn:yyyy-MM-dd} {cohort.Capacity}";
        var enrolled = await db.Enrolments.CountAsync(e => e.CohortId == cohortId, cancellationToken);
        var updated = cohort.Update(form.Name, DateOnly.FromDateTime(form.StartsOn.Value), DateOnly.FromDateTime(form.EndsOn.Value),
            CohortCreation.EndOfKyivDay(DateOnly.FromDateTime(form.ClosesOn.Value)), form.SelfEnrolment, form.Capacity, enrolled);
        if (!updated.IsSuccess) return updated;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Learning, "learning.cohort.updated", $"cohort:{cohort.Id}", before,
            $"{cohort.Name} {cohort.StartsOn:yyyy-MM-dd}…{cohort.EndsOn:yyyy-MM-dd} {cohort.Capacity}", clock.GetUtcNow()));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<Result> CloseAsync(ClaimsPrincipal user, Guid cohortId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var allowed = await authorisation.EnsureCanManageAsync(user, cohort, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        var now = clock.GetUtcNow();
        var closed = cohort.Close(now);
        if (!closed.IsSuccess) return closed;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Learning, "learning.cohort.close", $"cohort:{cohort.Id}", null, cohort.Name, now));
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
