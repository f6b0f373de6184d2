using System.Security.Claims;

namespace EGov.Collab.App.ExpertClub;

/// <summary>Something an expert opinion can be attached to: a draft act (kind "draft"), later a practice.</summary>
public sealed record OpinionSubject(string Kind, Guid Id, string Title, string Link);

/// <summary>
/// The modules that own opinion subjects answer through this: which subjects an expert may attach an opinion to, and a
/// subject's current title and link. Drafting provides it (DraftOpinionSubjects).
/// </summary>
public interface IOpinionSubjects
{
    Task<IReadOnlyList<OpinionSubject>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    Task<OpinionSubject?> FindAsync(string kind, Guid id, CancellationToken cancellationToken = default);
}
