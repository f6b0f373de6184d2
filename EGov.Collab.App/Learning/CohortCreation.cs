using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

/// <summary>What the "new cohort" form holds; dates are nullable so an empty field is a message, not an exception.</summary>
public sealed class NewCohort
{
    public Guid? CourseId { get; set; }
    public string Name { get; set; } = "";
    public CohortKind Kind { get; set; } = CohortKind.SelfPaced;
    public string? RegionCode { get; set; }
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public DateTime? ClosesOn { get; set; }
    public int? Capacity { get; set; }
    public bool SelfEnrolment { get; set; } = true;
    public Guid? TrainerId { get; set; }
}

public sealed record CohortFormChoice(Guid Id, string Name);

/// <summary>The choices the form offers: the courses and who may be the trainer (only the creator, unless an administrator).</summary>
public sealed record CohortFormOptions(IReadOnlyList<CohortFormChoice> Courses, IReadOnlyList<CohortFormChoice> Trainers, bool IsAdministrator, Guid CreatorId);

/// <summary>Trainers and the module's administrators create cohorts for a course.</summary>
public sealed class CohortCreation(IDbContextFactory<CollabDbContext> dbFactory, ModuleAccess access, LearningAuthorisation authorisation, TimeProvider clock)
{
    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await RightsAsync(user, cancellationToken)) is not Rights.None;

    public async Task<Result<CohortFormOptions>> OptionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var rights = await RightsAsync(user, cancellationToken);
        if (rights is Rights.None) return CommonErrors.Forbidden;
        var memberId = user.MemberId()!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Title).Select(c => new CohortFormChoice(c.Id, c.Title)).ToListAsync(cancellationToken);
        var trainerIds = rights is Rights.Administrator
            ? await db.ModuleRoleGrants.Where(g => g.Module == ModuleKey.Learning && g.Role == ModuleRole.Trainer).Select(g => g.MemberId).Distinct().ToListAsync(cancellationToken)
            : [memberId];
        var trainers = (await db.Users.AsNoTracking().Where(u => trainerIds.Contains(u.Id)).Select(u => new CohortFormChoice(u.Id, u.FullName)).ToListAsync(cancellationToken))
            .OrderBy(t => t.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("uk-UA"), false)).ToList();
        return new CohortFormOptions(courses, trainers, rights is Rights.Administrator, memberId);
    }

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, NewCohort form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rights = await RightsAsync(user, cancellationToken);
        if (rights is Rights.None) return CommonErrors.Forbidden;
        var memberId = user.MemberId()!.Value;
        if (form.CourseId is null) return CommonErrors.Required("Course");
        if (string.IsNullOrWhiteSpace(form.Name)) return CommonErrors.Required("Name");
        if (form.StartsOn is null) return CommonErrors.Required("StartsOn");
        if (form.EndsOn is null) return CommonErrors.Required("EndsOn");
        if (form.ClosesOn is null) return CommonErrors.Required("ClosesOn");
        var region = form.Kind == CohortKind.TrainerLed ? form.RegionCode : null;
        if (region is not null && !Regions.Exists(region)) return CommonErrors.Invalid("Region");

        // A trainer always runs the cohort they create; an administrator may name any member holding the Trainer role.
        var trainerId = rights is Rights.Administrator ? form.TrainerId : memberId;
        if (trainerId is { } chosen && chosen != memberId && !(await access.RolesAsync(chosen, ModuleKey.Learning, cancellationToken)).Contains(ModuleRole.Trainer))
            return LearningErrors.NotATrainer;

        var created = Cohort.Create(form.CourseId.Value, form.Name, form.Kind, DateOnly.FromDateTime(form.StartsOn.Value), DateOnly.FromDateTime(form.EndsOn.Value),
            EndOfKyivDay(DateOnly.FromDateTime(form.ClosesOn.Value)), trainerId, region, form.SelfEnrolment, form.Capacity);
        if (!created.IsSuccess) return created.Error!;
        var cohort = created.Value;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Courses.AnyAsync(c => c.Id == cohort.CourseId, cancellationToken)) return CommonErrors.Invalid("Course");
        db.Cohorts.Add(cohort);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Learning, "learning.cohort.created", $"cohort:{cohort.Id}", null, cohort.Name, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return cohort.Id;
    }

    /// <summary>The last second of a day in Kyiv, as an instant: the cohort closes at midnight where its learners are.</summary>
    public static DateTimeOffset EndOfKyivDay(DateOnly day)
    {
        var nextMidnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var offset = PortalTime.Kyiv.GetUtcOffset(nextMidnight);
        return new DateTimeOffset(nextMidnight, offset).AddSeconds(-1).ToUniversalTime();
    }

    private async Task<Rights> RightsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        if (memberId is null) return Rights.None;
        if (await authorisation.IsAdministratorAsync(user, cancellationToken)) return Rights.Administrator;
        return (await access.RolesAsync(memberId.Value, ModuleKey.Learning, cancellationToken)).Contains(ModuleRole.Trainer) ? Rights.Trainer : Rights.None;
    }

    private enum Rights
    {
        None,
        Trainer,
        Administrator,
    }
}
