using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.App.Learning;

/// <summary>Who may run a cohort: its trainer, the module's administrators (and portal administrators, through ModuleAccess).</summary>
public sealed class LearningAuthorisation(ModuleAccess access)
{
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

    public async Task<Result> EnsureCanManageAsync(ClaimsPrincipal user, Cohort cohort, CancellationToken cancellationToken = default) =>
        await CanManageAsync(user, cohort, cancellationToken) ? Result.Success() : CommonErrors.Forbidden;
}
