using EGov.Collab.App.Projects;
using EGov.Collab.Data;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>
/// What the project exchange asks of the depository: a published practice to pre-fill <c>/projects/new?practice={id}</c>.
/// Practices do not record the ready solution they use yet, so none are listed on a solution's page.
/// </summary>
public sealed class PracticesForProjects(IDbContextFactory<CollabDbContext> dbFactory) : IProjectPractices
{
    public Task<IReadOnlyList<PracticeLink>> UsingSolutionAsync(Guid listingId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PracticeLink>>([]);

    public async Task<PracticeLink?> FindAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Practices.AsNoTracking()
            .Where(p => p.Id == practiceId && p.Status == PracticeStatus.Published)
            .Select(p => new PracticeLink(p.Id, p.TitleUk, p.TitleEn, "/practices/" + p.Id, p.SolutionUk, p.SolutionEn))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
