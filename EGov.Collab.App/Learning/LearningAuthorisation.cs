using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

/// <summary>
/// Who may run a cohort: its trainer, the module's administrators (and portal administrators, through ModuleAccess).
/// Who may author courses: members holding the module's Trainer role write new courses and edit their own; administrators edit every course.
/// </summary>
public sealed class LearningAuthorisation(ModuleAccess access, IDbContextFactory<CollabDbContext> dbFactory)
{
    /// <summary>
    /// The reader writes the course (may edit it) or teaches it (trains one of its cohorts): the course's pages speak to
    /// them as staff, not as a learner who has yet to enrol.
    /// </summary>
    public async Task<bool> IsStaffAsync(ClaimsPrincipal user, Course course, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(course);
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await CanEditAsync(user, course, cancellationToken)) return true;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Cohorts.AnyAsync(c => c.CourseId == course.Id && c.TrainerId == memberId, cancellationToken);
    }

    public Task<bool> IsAdministratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.CanAsync(user, ModuleKey.Learning, ModuleAction.Administer, cancellationToken);

    public async Task<bool> CanManageAsync(ClaimsPrincipal user, Cohort cohort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (cohort.TrainerId == memberId && await access.CanAsync(user, ModuleKey.Learning, ModuleAction.Work, cancellationToken)) return true;
        return await IsAdministratorAsync(user, cancellationToken);
    }

    public async Task<bool> CanAuthorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await IsAdministratorAsync(user, cancellationToken)) return true;
        return (await access.RolesAsync(memberId.Value, ModuleKey.Learning, cancellationToken)).Contains(ModuleRole.Trainer);
    }

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, Course course, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(course);
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await IsAdministratorAsync(user, cancellationToken)) return true;
        return course.AuthorId == memberId && await CanAuthorAsync(user, cancellationToken);
    }

    public async Task<Result> EnsureCanManageAsync(ClaimsPrincipal user, Cohort cohort, CancellationToken cancellationToken = default) =>
        await CanManageAsync(user, cohort, cancellationToken) ? Result.Success() : CommonErrors.Forbidden;
}
