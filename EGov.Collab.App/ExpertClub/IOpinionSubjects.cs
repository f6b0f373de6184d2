using System.Security.Claims;

namespace EGov.Collab.App.ExpertClub;

/// <summary>Something an expert opinion can be attached to: a draft act (kind "draft"), later a practice.</summary>
public sealed record OpinionSubject(string Kind, Guid Id, string Title, string Link);

/// <summary>
/// The modules that own opinion subjects answer through this: which subjects an expert may attach an opinion to, and a
/// subject's current title and link. The club ships an empty implementation; drafting registers its own after merging
/// (services.AddSingleton&lt;IOpinionSubjects, DraftOpinionSubjects&gt;() replaces the default).
/// </summary>
public interface IOpinionSubjects
{
    Task<IReadOnlyList<OpinionSubject>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    Task<OpinionSubject?> FindAsync(string kind, Guid id, CancellationToken cancellationToken = default);
}

/// <summary>No subjects yet: the default until another module provides them.</summary>
public sealed class NoOpinionSubjects : IOpinionSubjects
{
    public Task<IReadOnlyList<OpinionSubject>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OpinionSubject>>([]);

    public Task<OpinionSubject?> FindAsync(string kind, Guid id, CancellationToken cancellationToken = default) => Task.FromResult<OpinionSubject?>(null);
}
