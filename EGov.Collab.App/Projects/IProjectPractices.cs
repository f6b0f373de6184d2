namespace EGov.Collab.App.Projects;

/// <summary>A best practice as the exchange shows it.</summary>
public sealed record PracticeLink(Guid Id, string TitleUk, string TitleEn, string Url, string DescriptionUk = "", string DescriptionEn = "");

/// <summary>
/// What the exchange needs from the depository of best practices, which is built in parallel: the practices that use a
/// ready solution (shown on its page) and one practice by id (to pre-fill <c>/projects/new?practice={id}</c> when a
/// community replicates it). The practices module replaces the default (<c>services.AddScoped&lt;IProjectPractices, …&gt;()</c>
/// after <c>AddProjects()</c>); until then no practices are shown and the parameter is ignored.
/// </summary>
public interface IProjectPractices
{
    Task<IReadOnlyList<PracticeLink>> UsingSolutionAsync(Guid listingId, CancellationToken cancellationToken);

    Task<PracticeLink?> FindAsync(Guid practiceId, CancellationToken cancellationToken);
}

public sealed class NoProjectPractices : IProjectPractices
{
    public Task<IReadOnlyList<PracticeLink>> UsingSolutionAsync(Guid listingId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PracticeLink>>([]);

    public Task<PracticeLink?> FindAsync(Guid practiceId, CancellationToken cancellationToken) => Task.FromResult<PracticeLink?>(null);
}
