namespace EGov.Collab.Domain.Journal;

/// <summary>Where an article is in moderation. Only <see cref="Published"/> is public.</summary>
public enum ArticleStatus
{
    Submitted = 1,
    ChangesRequested = 2,
    Rejected = 3,
    Published = 4,
}
